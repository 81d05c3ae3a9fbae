def f(*args, **kwargs):
    return args, kwargs


def g(a, b=1, /, c=2, *rest, d, e=3, **extra):
    pass


def h(a, /, *, b,):
    pass


def k(**kw,):
    pass


lam = lambda *a, x, **k: a
lam2 = lambda a, /, b: b
f(*x)
f(1, *x, 2, *y, z=1, **w, q=2, **v)
f(**{'a': 1}, b=2)
obj.method(*args, key=value)
class C(*bases, **meta):
    pass
