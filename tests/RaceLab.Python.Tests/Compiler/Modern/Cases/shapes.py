import sys
sys.setswitchinterval(1e-6)
total = 0
flag = True
x = None


def spin():
    global total, flag
    while flag:
        total += 1
        if total >= 10:
            flag = False
    return total


def pick(a, b=None):
    if a is None or b is not None:
        return b
    if a in (1, 2, 3) and a not in [4, 5]:
        return a
    return -a if a > 0 else a * 2


def loops():
    out = []
    for i in range(3):
        for j in range(i):
            if j:
                out.append((i, j))
            else:
                pass
    k = 0
    while k < 3:
        k += 1
    else_value = k
    return out, else_value


print(spin(), pick(1), pick(None, 2), pick(7), loops())
