# Lazy map / filter / zip / enumerate / reversed / iter(callable, sentinel) over generators and Python iterators:
# each item is pulled when the consumer asks (FOR_ITER, next(), list(), unpacking, in, [*it], yield from).
def gen(n):
    for i in range(n):
        print("gen", i)
        yield i

m = map(lambda x: x * 2, gen(3))
print("made map")
for v in m:
    print("got", v)
f = filter(lambda x: x % 2, gen(4))
print("made filter")
print(next(f))
print(list(f))
z = zip(gen(5), "ab")
print("made zip")
print(list(z))
e = enumerate(gen(2), 10)
print("made enumerate")
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("stop")
import itertools
print(list(zip(itertools.count(), "xyz")))
c = itertools.count(5)
m = map(lambda x: x + 1, c)
print(next(m), next(m))
r = reversed([1, 2, 3])
print(next(r), list(r))
it = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(it), 0)))
a, b = map(str, gen(2))
print(a, b)
print(3 in map(lambda x: x + 1, gen(5)))
print(type(m).__name__, type(z).__name__, type(e).__name__, type(f).__name__, type(r).__name__)
print(tuple(map(lambda x, y: x + y, gen(3), gen(2))))
print(sum(map(lambda x: x, gen(3))))
print(sorted(filter(None, gen(3))))
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        print("next", self.i)
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(map(str, It())))
print(dict(zip("ab", gen(2))))
print(list(enumerate(It())))
print(max(map(abs, [-3, 1])))
print(",".join(map(str, gen(2))))
