# dict.keys() / values() / items() are live views: repr, type, len, in, iteration, set operations,
# comparisons, reversed(), and the RuntimeError of a dict resized while one of them is iterated.
d = {'a': 1, 'b': 2}
print(d.keys(), d.values(), d.items())
keys, values, items = d.keys(), d.values(), d.items()
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(isinstance(keys, list), isinstance(items, dict), isinstance(values, tuple))
d['c'] = 3
print(keys, values, items)
print(len(keys), len(values), len(items), bool(keys), bool({}.keys()))
print('a' in keys, 'z' in keys, 3 in values, 9 in values, ('a', 1) in items, ('a', 2) in items, 'a' in items)
print(list(keys), tuple(values), sorted(items, reverse=True), sorted(set(keys)))
print(list(reversed(keys)), list(reversed(values)), list(reversed(items)), list(reversed(d)))
print(type(iter(keys)).__name__, type(iter(items)).__name__, type(reversed(values)).__name__)
del d['a']
print(keys, items)
for key, value in d.items():
    print('pair', key, value)
print([k * 2 for k in d.keys()], sum(d.values()), dict(d.items()), dict(zip(d.values(), d.keys())))

n = {1: 'x', 2: 'y', 3: 'z'}
print(n.keys() & {2, 3, 4}, {2, 3, 4} & n.keys(), n.keys() & [3, 1], [3, 1] & n.keys())
print(n.keys() | {5}, {5} | n.keys(), n.keys() - {1}, {1, 7} - n.keys(), n.keys() ^ {3, 4}, (4, 3) ^ n.keys())
print(n.items() & {(1, 'x'), (2, 'q')}, n.items() - {(1, 'x')} == {(2, 'y'), (3, 'z')}, n.keys() & {2: 0}.keys())
print(n.keys() == {1, 2, 3}, {1, 2, 3} == n.keys(), n.keys() == [1, 2, 3], n.keys() != {1}, n.items() == {(1, 'x'), (2, 'y'), (3, 'z')})
print(n.keys() <= {1, 2, 3}, n.keys() < {1, 2, 3}, n.keys() < {1, 2, 3, 4}, n.keys() >= {1}, {1} < n.keys(), n.keys() > n.keys())
print(n.keys() == {1: 0, 2: 0, 3: 0}.keys(), n.values() == n.values(), n.items() == dict(n).items())
print(n.keys().isdisjoint([4, 5]), n.keys().isdisjoint({3}), n.items().isdisjoint({(1, 'x')}), n.keys().isdisjoint(x for x in [9]), {}.keys().isdisjoint({}.keys()))
try:
    n.keys() < [1]
except TypeError as e:
    print('TypeError', e)
try:
    n.keys()[0]
except TypeError as e:
    print('TypeError', e)

for view in (n.keys(), n.values(), n.items()):
    try:
        for item in view:
            n[len(n) + 1] = 'new'
    except RuntimeError as e:
        print('RuntimeError', e, len(n))
it = iter(n)
next(it)
n.pop(1)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print('again', e)
rev = reversed(n.items())
n[0] = 'zero'
try:
    next(rev)
except RuntimeError as e:
    print('reversed', e)


class Named:
    def __repr__(self):
        return 'Named()'


held = {'k': Named(), 'j': [Named()]}
print(held.values(), held.items(), {Named(): 1}.keys())
