# What CPython says of missing arguments: all of them, positional then keyword-only, named as each version names the function.
def f(a, b, c=1, *, d, e=2, g):
    return a
class K:
    def m(self, x, y):
        return x
for call in [lambda: f(), lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, d=1), lambda: f(b=1, d=1, g=1), lambda: K().m(), lambda: K().m(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
