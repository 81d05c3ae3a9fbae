"""Module docstring."""
import threading
import os.path as osp
from threading import Thread as T, Lock

total = 0


def outer(n, step=2):
    """Function docstring."""
    hits = 0
    scale = 3

    def bump(k):
        nonlocal hits
        hits += k * scale
        return hits

    values = [bump(i) for i in range(n) if i % step == 0]
    pick = lambda v: v * scale + n
    rows = [[r * c for c in range(r)] for r in range(n)]
    doubled = [y for x in values for y in [x * 2]]
    return hits, values, pick(1), rows, doubled


def swap(a, b, c):
    a, b = b, a
    a, b, c = c, b, a
    (d, e) = [a, b]
    return a, b, c, d, e


def attrs(obj, key):
    obj.value = 1
    obj.value += 2
    obj.items[key] += 3
    obj.items[key] = obj.items[key - 1]
    first = obj.items[1:2]
    last = obj.items[::2]
    obj.method(
        1,
        2,
    )
    return obj.inner.deep.name, first, last


def keyword_calls():
    t = T(target=outer, args=(3,), daemon=True)
    u = threading.Thread(
        target=swap,
        args=(1, 2, 3),
    )
    return t, u, Lock(), osp, {"a": 1, "b": 2}, {}, {total: 1}


print(outer(4), swap(1, 2, 3))
print(f"{total!r:>10} {total!s} {total!a} {total:{total}} {'x'}")
