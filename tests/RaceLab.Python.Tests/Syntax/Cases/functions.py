def f():
    pass


def g(a, b, c=1, d=2):
    return a + b + c + d


def h(a, *, b, c=3):
    return


def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner


def gl():
    global counter
    counter = counter + 1


k = lambda: 0
l = lambda a, b=1: a + b
m = lambda a, *, b: a
def deep(a=lambda x: x):
    def d2(b=a):
        def d3():
            return b
        return d3
    return d2
