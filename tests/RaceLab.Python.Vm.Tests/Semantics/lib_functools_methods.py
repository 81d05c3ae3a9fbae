# functools.lru_cache and functools.cache on methods: the C wrapper is a descriptor whose __get__ binds it to the
# instance (a bound method over the wrapper), so self is part of the key; cache_info/cache_clear through the
# class and through an instance; a staticmethod/classmethod over a cache; threads sharing one cached method.
import functools
import threading

class Squares:
    def __init__(self, offset):
        self.offset = offset
        self.calls = 0

    @functools.lru_cache(maxsize=4)
    def square(self, n):
        self.calls += 1
        return n * n + self.offset

    @functools.cache
    def cube(self, n):
        return n ** 3 + self.offset

    def __hash__(self):
        return hash(self.offset)

    def __eq__(self, other):
        return isinstance(other, Squares) and other.offset == self.offset


a, b = Squares(0), Squares(100)
print(a.square(3), a.square(3), b.square(3), a.calls, b.calls)
print(Squares.square.cache_info())
print(a.square.cache_info() == Squares.square.cache_info())
bound = a.square
print(type(bound).__name__, bound.__self__ is a, bound.__func__ is Squares.square)
print(bound(5), Squares.square(a, 5), Squares.square.cache_info())
print(a.cube(2), a.cube(2), b.cube(2), Squares.cube.cache_info())
print(Squares.square.__name__, Squares.cube.__qualname__, a.square.__name__)
Squares.square.cache_clear()
print(Squares.square.cache_info())
a.cube.cache_clear()
print(Squares.cube.cache_info())
print(Squares(0).square(3), a.calls)


class Tools:
    @staticmethod
    @functools.lru_cache(maxsize=None)
    def double(x):
        return 2 * x

    @classmethod
    @functools.lru_cache(maxsize=None)
    def name(cls):
        return cls.__name__


print(Tools.double(4), Tools().double(4), Tools.double.cache_info())
print(Tools.name(), Tools().name())


@functools.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(10), fact.cache_info())
print(hasattr(fact, "cache_parameters"), fact.cache_parameters() if hasattr(fact, "cache_parameters") else None)

cached_len = functools.lru_cache()(len)
print(cached_len.__get__(None, Squares) is cached_len, type(cached_len.__get__([1], list)).__name__)
print(cached_len.__get__("abc", str)(), cached_len("abc"), cached_len.cache_info())


class Counter:
    def __init__(self):
        self.misses = 0

    @functools.lru_cache(maxsize=None)
    def compute(self, n):
        self.misses += 1
        return n + 1


shared = Counter()


def worker():
    for i in range(200):
        shared.compute(i % 10)


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
info = Counter.compute.cache_info()
print(info.currsize, info.hits + info.misses, shared.misses >= 10)
