# Closures three levels deep, lambdas, comprehensions reading locals, returns inside loops and withs.
import threading

count = 0
lock = threading.Lock()
a = b = 0


def outer(base):
    factor = 2

    def middle(x):
        def inner(y):
            return base + factor * x + y

        return inner

    scale = lambda v, w=factor: v * w + base
    picks = [middle(i)(i) for i in range(base) if i is not None and i not in (3, 4)]
    deep = [[scale(j) for j in range(i)] for i in range(3)]
    return picks, deep


def find(items, target):
    for i, item in enumerate(items):
        for other in items:
            if other is item:
                continue
            if item == target:
                return i
        with lock:
            while item > target:
                item -= 1
                if item == 7:
                    return -item
    return None


def flags(x, y):
    global count
    assert not x or y, "x needs y"
    assert x is not None
    if x in (1, 2) or y not in (3,):
        count += 1
    elif not x and y:
        count -= 1
    elif x:
        pass
    while x and y or not count:
        x -= 1
        if x < -3:
            break
    return x if y else -x


def documented():
    """Only a docstring."""


def empty():
    pass


def calls(obj, k):
    obj.run(k, key=1)
    obj.items[k] -= 1
    obj.count *= 2
    return obj.run(k)(k)[0].name


print(outer(3), find([5, 8, 9], 8), flags(1, 2), documented(), empty())
print(-2.5, 10 ** 20, 0x10, 1_000, 1e3, "", 'a' 'b', True, False, None)
