# Lazy iterators that run Python: StopIteration from the function, nested maps, Python __iter__/__next__,
# iter(callable, sentinel), unpacking, in, [*it], yield from, threads sharing one map, an exception in the function.
import threading
import itertools

def gen(n, tag="g"):
    for i in range(n):
        print(tag, i)
        yield i

def stopper(x):
    if x == 2:
        raise StopIteration
    return x

for v in map(stopper, gen(5)):
    print("loop", v)
print(list(map(stopper, [0, 1, 2, 3])))
m = map(lambda x: x * 10, map(lambda x: x + 1, gen(3, "inner")))
print(next(m))
print(list(m))
print(next(m, "done"))
z = zip(itertools.count(), gen(3, "z"))
for pair in z:
    print(pair)
print(list(z))

class Counter:
    def __init__(self, limit):
        self.n = 0
        self.limit = limit
    def __iter__(self):
        print("iter called")
        return self
    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n

e = enumerate(Counter(3), 1)
print("made")
for i, v in e:
    print(i, v)
f = filter(lambda v: v != 2, Counter(4))
print(list(f))
calls = [3, 2, 1, 0, 9]
it = iter(lambda: calls.pop(0), 0)
print(next(it), next(it))
print(list(it), calls)
print(list(it))
try:
    x, y = map(str, gen(3, "unpack"))
except ValueError as err:
    print("ValueError", err)
try:
    x, y, w = map(str, gen(2, "unpack2"))
except ValueError as err:
    print("ValueError", err)
print(2 in map(abs, gen(4, "in")), 9 not in filter(None, gen(2, "notin")))
print([*map(str, gen(2, "star"))])
def delegating():
    yield from map(lambda x: x * 3, gen(2, "yf"))
print(list(delegating()))

results = []
lock = threading.Lock()
shared = map(lambda x: x * x, range(200))
def worker():
    for v in shared:
        with lock:
            results.append(v)
threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), sum(results))

def bad(x):
    return 1 / (x - 2)
for v in map(bad, gen(4, "bad")):
    print(v)
