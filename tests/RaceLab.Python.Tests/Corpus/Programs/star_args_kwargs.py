# *args, **kwargs, keyword-only and positional-only parameters, and call unpacking
import threading

counter = 0


def bump(*amounts, scale=1, **options):
    global counter
    for a in amounts:
        counter += a * scale
    return options


def apply(func, /, *args, **kwargs):
    return func(*args, **kwargs)


def keyword_only(a, b=2, *, c, d=4):
    return a + b + c + d


def mixed(a, b, /, c, *rest, e, f=6, **extra):
    return a, b, c, rest, e, f, extra


class Worker:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs

    def run(self, *values, **named):
        return self.helper(*values, 1, *self.args, key=2, **named, **self.kwargs)

    def helper(self, *values, **named):
        return len(values) + len(named)


args = (1, 2, 3)
kwargs = {"scale": 2}
bump(*args)
bump(*args, **kwargs)
bump(0, *args, 4, scale=3)
bump(**kwargs)
bump(1, *args, *args, scale=1, **kwargs)
apply(bump, 1, 2, scale=2, extra=1)
apply(print, *["a", "b"], sep="-", **{"end": "\n"})
keyword_only(1, c=3)
mixed(1, 2, 3, 4, 5, e=5, g=7)
w = Worker(*args, name="w", **kwargs)
w.run(*args, x=1)
f = lambda *a, **k: (a, k)
g = lambda x, /, y, *, z: x + y + z
f(*args, **kwargs)
threading.Thread(target=bump, args=args, kwargs=kwargs).start()
print(counter, f(1, two=2), g(1, 2, z=3))
