# itertools: count, repeat, cycle, islice, chain, product; and a shared count() handing out unique ids.
import itertools
import threading
from itertools import count, islice, chain, product, cycle, repeat

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(2.5, 0.5), 3)))
c = count(7)
print(repr(c), [x for x, _ in zip(c, range(3))], repr(c))
print(list(repeat("x", 3)), list(islice(repeat(1), 4)), list(repeat(0, -2)))
print(list(islice(cycle("abc"), 8)), list(cycle([])))
print(list(islice(range(20), 2, 15, 4)), list(islice("abcdefg", 3)), list(islice([1, 2, 3], 1, None)))
print(list(islice(range(10), 0)), list(islice(range(5), 3, 100)))
it = chain([1, 2, 3, 4, 5])
print(list(islice(it, 2)), list(it))
print(list(chain([1, 2], (3,), "ab", range(2))), list(chain()), list(chain.from_iterable([[1], [], [2, 3]])))
print(list(product("ab", range(2))), list(product([1, 2], repeat=2)), list(product()), list(product([], [1])))
print(type(c).__name__, type(islice([], 1)).__name__)
for bad in [lambda: islice([1], -1), lambda: islice([1], 0, 5, 0), lambda: count("a"), lambda: cycle(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

ids = count()
seen = []
lock = threading.Lock()


def take():
    mine = []
    for _ in range(2000):
        mine.append(next_id())
    with lock:
        seen.extend(mine)


def next_id():
    for i in ids:
        return i


threads = [threading.Thread(target=take) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(seen), len(set(seen)), min(seen), max(seen))
