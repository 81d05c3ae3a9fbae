import threading

done = False
i = 0
n = 5
while not done and i < n:
    i += 1
    if i == 3:
        done = True
while 1:
    i -= 1
    if i <= 0:
        break
x = i or n and done
y = 0 < i < n
z = not x
w = (i if done else n) if not z else -1


def f(a, b, c):
    if (a if b else c):
        return 1
    elif a and not b:
        return 2
    elif not (a or b):
        pass
    else:
        return 3
    assert a < b < c, "order"
    while a or b:
        if a:
            a = 0
        else:
            b = 0
    while True:
        c += 1
        if c > 10:
            return c


def g(items, lock):
    for it in items:
        with lock:
            if it is None:
                return None
            while it:
                it -= 1
                if it == 2:
                    break
    return items


print(x, y, z, w, f(0, 0, 0), g([3, 4], threading.Lock()))
