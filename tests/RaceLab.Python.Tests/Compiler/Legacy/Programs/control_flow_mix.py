# Chained comparisons, boolean operators and constant tests in every position.
import threading

count = 0
lock = threading.Lock()


def check(a, b, c):
    global count
    if a < b < c:
        count += 1
    if a and b or c:
        count += 2
    if not (a or b):
        count -= 1
    flag = a and b
    other = a or b or c
    mid = a < b <= c
    x = 1 if a else 2
    if (a if b else c):
        count += 3
    while a < b < c:
        a += 1
    return flag, other, mid, x


def loops(n):
    global count
    for i in range(n):
        if i == 3:
            continue
        if i == 7:
            break
        with lock:
            if i == 5:
                continue
            count += i
    while True:
        n -= 1
        if n < 0:
            break
    while 0:
        count += 100
    if 0:
        count += 1000
    else:
        count += 1
    if True:
        count += 1
    return n


def early(items):
    for item in items:
        with lock:
            if item > 2:
                return item
    return None


print(check(1, 2, 3), loops(10), early([1, 2, 3]))
assert count > 0, "count must grow"
