# object(), __class__, __dict__ of instances (a live view), classes (a read-only mappingproxy) and functions, vars(),
# and functools.wraps copying the wrapped function's __dict__.
import functools
o = object()
print(type(o).__name__, o.__class__.__name__, type(o) is object)
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    setattr(o, "y", 2)
except AttributeError as e:
    print(e)
try:
    o.x
except AttributeError as e:
    print(e)
class A:
    z = 3
    def __init__(self):
        self.a = 1
    def who(self):
        return self.__class__.__name__
a = A()
print(a.who(), type(a).__name__, a.__class__ is A, a.__class__.__class__ is type)
print(a.__dict__, type(a.__dict__).__name__, isinstance(a.__dict__, dict))
d = a.__dict__
a.__dict__['b'] = 2
a.c = 3
print(a.b, vars(a), d, len(d), 'c' in d, 'q' in d, list(d), sorted(d.items()))
del d['c']
print(hasattr(a, 'c'), d.get('a'), d.get('zz', 7))
d.update({'e': 5}, f=6)
print(a.e, a.f, dict(d))
try:
    d['nope']
except KeyError as e:
    print("KeyError", e)
print(type(A.__dict__).__name__, A.__dict__['z'], 'who' in A.__dict__)
try:
    A.__dict__['q'] = 1
except TypeError as e:
    print(e)
try:
    vars(5)
except TypeError as e:
    print(e)
def f(): pass
print(f.__dict__)
f.tag = 5
print(f.__dict__, vars(f))
f.__dict__['more'] = 6
print(f.more)
def g(p, q=2):
    x = 1
    y = p + q
    return vars()
print(g(10))
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def h(): "doc"
h2 = deco(f)
print(h.__name__, h.__doc__, h2.tag, h2.more, sorted(h2.__dict__), h2.__wrapped__ is f, h2.__dict__['__wrapped__'] is f)
@functools.lru_cache(maxsize=None)
def sq(n):
    return n * n
print(sq(4), sq.__wrapped__.__name__, sorted(sq.__dict__))
