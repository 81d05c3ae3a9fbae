import threading

lock = threading.Lock()
items = []


def worker(limit):
    i = 0
    while True:
        i += 1
        if i > limit:
            break
        if i % 2 == 0:
            continue
        with lock:
            items.append(i)
            if len(items) > 100:
                return len(items)
    for j in range(limit):
        if j == 3:
            return j
    return None


def checks(a, b, c):
    if a < b < c:
        return "inc"
    elif not (a and b) or c:
        return "mixed"
    while a < b <= c and not c:
        a += 1
    return a if a else b


print(worker(10), checks(1, 2, 3), checks(0, 0, 1))
assert checks(1, 2, 3) == "inc", "bad"
