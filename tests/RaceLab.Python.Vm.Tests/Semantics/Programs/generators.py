# Generators: for loops, next/send/return value, yield from, generator expressions, PEP 479, close, throw.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


for x in count(3):
    print("for", x)

g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(next(g, "default"))


def echo():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got
    return total


e = echo()
print(next(e))
print(e.send(5))
print(e.send(7))
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)


def inner():
    yield 1
    yield 2
    return "inner result"


def outer():
    result = yield from inner()
    print("inner gave", result)
    yield from [10, 20]
    yield from (c for c in "ab")


print(list(outer()))
print(sum(x * x for x in range(5)))
print([y for y in (x + 1 for x in range(3))])
print(",".join(str(x) for x in count(4)))
print(dict((k, k * 2) for k in range(3)))
print(tuple(count(3)), set(count(2)))
print(sorted(x % 3 for x in range(6)))
print(max(x for x in [3, 9, 2]), min(count(5)))


def noisy(items):
    for item in items:
        print("pulled", item)
        yield item


print(any(x > 1 for x in noisy([0, 1, 2, 3])))
print(all(x < 2 for x in noisy([0, 1, 2, 3])))


def bad():
    yield 1
    raise StopIteration("oops")


try:
    list(bad())
except RuntimeError as err:
    print("RuntimeError:", err, type(err.__cause__).__name__)


def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


c = guarded()
print(next(c))
print(c.close())
print(c.close())


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as exc:
            print("caught", exc)
            yield "recovered"


t = catcher()
print(next(t))
print(t.throw(ValueError("bad value")))
print(next(t))
try:
    t.throw(KeyError("k"))
except KeyError as k:
    print("propagated", k)
print(next(t, "finished"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = children

    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()


tree = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(tree.walk()))


def closure_gen(base):
    def add(x):
        return x + base
    for i in range(3):
        yield add(i)


print(list(closure_gen(100)))
gen_in_gen = (sum(range(n)) for n in range(5))
for value in gen_in_gen:
    print("sum", value)
