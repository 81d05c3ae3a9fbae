# functools: partial (C), reduce (C), the lru_cache wrapper (C) with cache_info/cache_clear, and the Python
# update_wrapper/wraps; then misuse: a partial of a non-callable, reduce of nothing, an unhashable cached argument.
import functools
from functools import partial, reduce, lru_cache, wraps


def power(base, exponent, scale=1):
    return scale * base ** exponent


square = partial(power, exponent=2)
print(square(3), square(4, scale=10), square.args, square.keywords)
cube_of_two = partial(power, 2)
print(cube_of_two(3), cube_of_two(exponent=5))
nested = partial(partial(power, 3), scale=2)
print(nested(2), nested.args, nested.keywords, nested.func is power)
print(partial(len, [1, 2, 3])(), partial(max, 4)(9, 2))
print(isinstance(square, partial), callable(square))

print(reduce(lambda a, b: a * b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a + b, [], 100), reduce(lambda a, b: a + b, [7]))
print(reduce(lambda acc, w: acc + len(w), (w for w in ["ab", "cde", "f"]), 0))
print(reduce(max, [3, 9, 2]))

computed = []


@lru_cache(maxsize=2)
def slow_square(n):
    computed.append(n)
    return n * n


print([slow_square(n) for n in [1, 2, 1, 3, 2, 1]])
print(computed)
print(slow_square.cache_info())
info = slow_square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))
slow_square.cache_clear()
print(slow_square.cache_info())


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())


@lru_cache
def describe(x, y=0):
    "Describe a pair."
    return f"{x}-{y}"


print(describe(1), describe(1, y=0), describe(1, 0), describe(y=0, x=1), describe.cache_info())
print(describe.__name__, describe.__doc__, describe.__wrapped__.__name__)


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())


@lru_cache(maxsize=0)
def uncached(x):
    return x + 1


print(uncached(1), uncached(1), uncached.cache_info())


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        "The wrapper's own doc."
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@logged
def greet(name):
    "Say hello."
    return "hello " + name


print(greet("ada"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__wrapped__("bob"))

try:
    partial(42)
except TypeError as e:
    print("TypeError:", e)
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(lambda a, b: a)
except TypeError as e:
    print("TypeError:", e)
try:
    slow_square([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    lru_cache("big")
except TypeError as e:
    print("TypeError:", e)
print(reduce(lambda a, b: a + b, []))
