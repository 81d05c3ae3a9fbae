import threading


def outer(a, b=2):
    def inner():
        return a + b
    c = [a * i for i in range(3)]
    d = [lambda: a for _ in range(2)]
    return inner, c, d


def deep():
    x = 0
    def mid():
        def leaf():
            nonlocal x
            x += 1
            return x
        return leaf
    return mid()()


def kw(a, *, b, c=3, d=4):
    return a + b + c + d


f = lambda p, q=5: p * q
print(outer(1)[1], deep(), kw(1, b=2), f(2), kw(a=1, b=2, d=0))
