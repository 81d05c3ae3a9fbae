# a long if/elif chain with and/or/not/is None, nested for loops with negative steps
import threading

a = 0
b = 0


def router(i, j):
    global a, b
    if i == 0 and j == 0:
        a += 1
    elif i == 0 or j == 0:
        b += 1
    elif i < 0 < j:
        a -= 1
    elif not i and not j:
        b -= 1
    elif i is None or j is not None:
        a += 2
    else:
        pass
    if i > j:
        return i
    return j if j else -1


def drive(n):
    for i in range(-n, n):
        for j in range(n, -n, -1):
            router(i, j)


ts = [threading.Thread(target=drive, args=(4,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(a, b)
