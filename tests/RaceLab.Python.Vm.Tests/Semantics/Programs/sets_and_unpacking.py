# sets (CPython's iteration order for ints), set and dict comprehensions, ** in dicts, starred targets, loop else
import threading

s = {3, 1, 2, 9, 17, 33}
print(s, len(s), 17 in s, 4 in s, {*range(20, 0, -3)})
s.add(5)
s.discard(3)
s.discard(100)
print(s, sorted(s), s | {40, 1}, s & {1, 2, 7}, s - {1, 2}, s ^ {1, 64})
print({x * x for x in range(-3, 4)}, {x % 7 for x in range(50)})
print({n: n * n for n in range(5)}, {k: v for k, v in [("a", 1), ("b", 2)] if v > 1})
print(frozenset({5, 6}), 6 in frozenset([6]), set(), frozenset(), {(1, 2), (3, 4), (1, 2)})
base = {"a": 1, "b": 2}
print({**base, "c": 3}, {"z": 0, **base, **{"a": 10}}, dict(**base) if False else {**{}})
first, *middle, last = range(6)
*init, tail = "abc"
a, (b, *c), d = 1, [2, 3, 4], 5
print(first, middle, last, init, tail, a, b, c, d)
for head, *rest in [(1, 2, 3), (4,), "xy"]:
    print(head, rest)
print([*range(3), *"ab", 9], (*s, 0)[-1], [*{}, *()])
try:
    x, *y, z = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    s.remove(1000)
except KeyError as e:
    print("KeyError:", e)


def find(items, wanted):
    for i in range(len(items)):
        if items[i] == wanted:
            result = i
            break
    else:
        result = -1
    n = 0
    while n < 3:
        n += 1
    else:
        n *= 10
    return result, n


print(find([5, 6, 7], 6), find([5], 0))

seen = set()
lock = threading.Lock()


def worker(base):
    for i in range(50):
        with lock:
            seen.add(base + i % 10)


threads = [threading.Thread(target=worker, args=(k * 100,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(seen), sorted(seen)[:3], max(seen))
