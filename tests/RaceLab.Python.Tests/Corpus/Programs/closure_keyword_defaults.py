# closures with nonlocal augmented assignment, keyword arguments and defaults
import threading

grand = 0


def make(step, start=0):
    acc = start
    calls = 0

    def add(k=1):
        nonlocal acc, calls
        calls += 1
        acc += step * k
        return acc

    def peek():
        return acc, calls

    return add, peek


def run(n):
    global grand
    add, peek = make(2, start=n)
    for i in range(n):
        add()
        add(k=i)
    a, c = peek()
    grand += a
    return c


ts = [threading.Thread(target=run, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("grand", grand)
