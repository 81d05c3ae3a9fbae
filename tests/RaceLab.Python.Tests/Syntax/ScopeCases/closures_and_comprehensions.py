x = [i for i in range(3)]
def f(b, a, c):
    def g():
        return a + b + z
    y = [j + c for j in a for k in j if k]
    z = 1
    return g
def h(n):
    return [lambda: i + n for i in range(n)]
def outer():
    v = 1
    def mid():
        def inner():
            return v
        return inner
    return mid
