# Built-ins and itertools consuming generators: f(*gen) drains it before the call, islice / chain pull one
# item at a time (interleaved with the loop that consumes them, never more than they need), and the
# constructors and set methods that take any iterable take a generator too.
import itertools


def noisy(name, n):
    for i in range(n):
        print(' ', name, 'yields', i)
        yield i
    print(' ', name, 'done')


def show(*args, **kwargs):
    print('show', args, sorted(kwargs.items()))
    return len(args)


print(show(*noisy('a', 3)))
print(show(*noisy('b', 0), **{'k': 1}))
print(show(*(x * 10 for x in range(3)), sep='-'))
print(show(*map(lambda x: x + 1, noisy('m', 2))))


class Point:
    def __init__(self):
        self.x = 1
        self.y = 2


print(show(**vars(Point())))
try:
    show(**[1])
except TypeError as e:
    print('TypeError', e)

for item in itertools.islice(noisy('s', 10), 1, 6, 2):
    print('got', item)
print(list(itertools.islice(noisy('t', 5), 2)))
it = itertools.islice(noisy('u', 3), 5)
print(next(it), next(it), next(it), next(it, 'end'))

for item in itertools.chain(noisy('c1', 2), [7], noisy('c2', 1)):
    print('got', item)
print(list(itertools.chain.from_iterable(noisy('inner', k) for k in range(3))))
print(sum(itertools.chain(noisy('d', 3), range(2))), list(itertools.islice(itertools.chain(noisy('e', 2), noisy('f', 2)), 1, 3)))

print(set(noisy('g', 2)), frozenset(x for x in 'ab' if x) == {'a', 'b'}, tuple(noisy('h', 2)))
print(dict((str(i), i) for i in range(3)), ','.join(str(i) for i in noisy('j', 2)), sorted(noisy('k', 3), reverse=True))
print(min(noisy('l', 3)), max(x for x in [4, 9, 2]), any(x > 1 for x in range(5)), all(x < 1 for x in range(5)))
print({1, 2, 3}.union(x for x in [3, 4]), {1, 2, 3}.intersection(x for x in [2, 3, 9]), {1, 2}.issubset(x for x in range(5)))
print(list(itertools.product(noisy('p', 2), 'xy')))

import collections
print({*noisy('q', 2), 5}, [*noisy('r', 2), 6], collections.deque(noisy('v', 2)), {**vars(Point()), 'z': 3})
print(collections.Counter(x % 2 for x in range(5)), list(zip(*[noisy('w', 2), 'ab'])))
