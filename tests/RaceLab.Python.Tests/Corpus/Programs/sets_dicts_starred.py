# starred targets and displays, sets, set and dict comprehensions, ** in dicts, loop else clauses
import threading

seen = set()
counts = {}
lock = threading.Lock()


def record(values):
    first, *middle, last = values
    *head, tail = values
    a, (b, *c) = first, values
    for x, *rest in [values, values]:
        seen.add(x)
    merged = {**counts, "first": first, **{"last": last}}
    squares = {v * v for v in values if v}
    index = {v: i for i, v in enumerate(values)}
    nested = {k: {w for w in range(k)} for k in values if k < 4}
    both = [*head, *middle, tail, *range(2)]
    pair = (*values, 0)
    evens = {*values, 8, *squares}
    return merged, squares, index, nested, both, pair, evens, a, b, c


def search(items, wanted):
    for item in items:
        if item == wanted:
            break
    else:
        return None
    n = 0
    while n < 10:
        n += 1
        if n == wanted:
            break
    else:
        n = -1
    while False:
        pass
    else:
        n += 100
    return n


small = {1, 2, 3}
constant_check = 3 in {1, 2, 3}
for k in {4, 5}:
    counts[k] = counts.get(k, 0) + 1
empty = {}
mixed = {"a": 1, **empty, "b": 2, "c": 3}
print(record([1, 2, 3, 4]), search([1, 2], 2), small, constant_check, mixed, {**mixed})
