# *args, **kwargs, keyword-only and positional-only parameters; f(*a, **k) on functions, methods, classes, builtins
import threading


def collect(*args, **kwargs):
    return args, kwargs


def kwonly(a, b=2, *, c, d=4):
    return a + b + c + d


def mixed(a, b, /, c, *rest, e, f=6, **extra):
    return [a, b, c, rest, e, f, extra]


def apply(func, /, *args, **kwargs):
    return func(*args, **kwargs)


class Point:
    def __init__(self, x, y=0, *more, **tags):
        self.x = x
        self.y = y
        self.more = more
        self.tags = tags

    def moved(self, *deltas, scale=1):
        return Point(self.x + sum(deltas) * scale, self.y)


args = (1, 2, 3)
kwargs = {"k": "v", "n": 5}
print(collect())
print(collect(*args))
print(collect(0, *args, 4, *[5, 6]))
print(collect(**kwargs))
print(collect(*args, x=1, **kwargs))
print(collect(1, *args, z=0, **kwargs, w=9))
print(kwonly(1, c=3), kwonly(1, 5, c=3, d=0), kwonly(*[1], **{"c": 10}))
print(mixed(1, 2, 3, 4, 5, e=5, g=7))
print(mixed(*range(3), e=0, a=1))
print(apply(collect, 1, func=2))
print(apply(max, *[3, 9, 4]))
print(apply(print, "a", "b", sep="-"))
p = Point(*args, color="red", **{"size": 2})
print(p.x, p.y, p.more, p.tags)
q = p.moved(*[1, 2], scale=10)
print(q.x, q.y, q.more, q.tags)
bound = p.moved
print(bound(*(), **{"scale": 0}).x)
f = lambda *a, **k: (len(a), sorted(k))
print(f(*"abc", **{"x": 1, "y": 2}))
g = lambda x, /, y, *, z: x * 100 + y * 10 + z
print(g(1, 2, z=3), g(1, y=2, z=3))
print(len(*[[1, 2, 3]]), isinstance(*(p, Point)))

for call in [
    lambda: kwonly(1, 2),
    lambda: kwonly(1, c=1, e=2),
    lambda: mixed(1, 2, 3, e=0, b=5) if False else g(x=1, y=2, z=3),
    lambda: collect(**{"a": 1}, **{"a": 2}),
    lambda: collect(**[1]),
    lambda: kwonly(1, 2, 3, c=4),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

total = 0
lock = threading.Lock()


def work(n, *, step=1, **unused):
    global total
    for _ in range(n):
        with lock:
            total += step


threads = [threading.Thread(target=work, args=(100,), kwargs={"step": 2, "tag": i}) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
