import threading

count = 0
table = {}


class Counter:
    def __init__(self, start=0):
        self.value = start
        self._lock = threading.Lock()

    def bump(self, *args, **kwargs):
        with self._lock:
            self.value += len(args) + len(kwargs)
        return self.value


def gen(n):
    for i in range(n):
        yield i * 2
    yield from range(3)


def risky(x):
    global count
    try:
        count += 10 // x
    except ZeroDivisionError as e:
        print("zero", e)
    except (TypeError, ValueError):
        raise
    else:
        count -= 1
    finally:
        count += 0
    return count


def shapes(items):
    first, *rest = items
    squares = {k: k * k for k in items if k is not None}
    evens = {k for k in items if k % 2 == 0 and k not in table}
    key = lambda v: -v
    del first
    while rest:
        rest = rest[1:]
    else:
        pass
    return sorted(squares, key=key), evens, items[::-1]


def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle


c = Counter()
c.bump(1, 2, k=3)
print(list(gen(3)), risky(1), risky(0), shapes([1, 2, 3]), outer(1)(2)(3))
