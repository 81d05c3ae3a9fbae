# helper functions passed as values, nested calls as arguments, max/min/abs/int
import threading

count = 0


def one():
    return 1


def add(x, y):
    return x + y


def twice(f, v):
    return f(f(v, 1), 1)


def inc():
    global count
    count = add(count, one())
    count = twice(add, count)
    count = max(count, min(abs(-count), int("5") * 1000))


ts = []
for _ in range(3):
    ts.append(threading.Thread(target=inc))
for t in ts:
    t.start()
for t in ts:
    t.join()
print("count is", count, isinstance(count, int))
