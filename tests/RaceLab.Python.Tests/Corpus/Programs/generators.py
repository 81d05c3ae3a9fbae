# generators: yield, yield from, return in a generator, generator expressions, a producer thread
import threading

produced = []


def count_up(limit):
    n = 0
    while n < limit:
        yield n
        n += 1
    return n


def pairs(items):
    for i, item in enumerate(items):
        yield i, item
    yield


def chained(*iterables):
    for it in iterables:
        total = yield from it
        produced.append(total)


def echo():
    received = yield "ready"
    while received is not None:
        received = yield received * 2


def guarded(values):
    try:
        for v in values:
            yield v
    finally:
        produced.append("closed")


def worker():
    for value in count_up(5):
        produced.append(value)


total = sum(x * x for x in range(10))
evens = list(v for v in count_up(10) if v % 2 == 0)
nested = [list(y for y in range(x)) for x in range(3)]
first = next(iter(count_up(3)))
t = threading.Thread(target=worker)
t.start()
t.join()
print(total, evens, nested, first, produced, any(x > 3 for x in range(5)), max(n for n in count_up(4)))
