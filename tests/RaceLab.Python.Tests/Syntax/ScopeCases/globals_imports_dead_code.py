import threading
count = 0
def inc(n):
    global count
    for i in range(n):
        count += 1
def dead(a):
    if 0:
        x = 1
    if not True:
        y2 = 2
    else:
        y3 = 3
    while False:
        z = 3
    w = 4
    return a
def imports():
    import os.path
    import sys as system
    from threading import Thread, Lock as L
    return os, system, Thread, L
def comp_in_comp(m):
    return [[i * j * m for j in range(i)] for i in range(m)]
def comp_lambda(n):
    fs = [lambda x=i: x + n for i in range(n)]
    return fs
def shadow(i):
    r = [i for i in range(3)]
    return i, r
def aug(xs):
    total = 0
    for x in xs:
        total += x
    xs[0] += 1
    return total
def defaults(a=count, b=[1, 2]):
    def inner(c=a):
        return c + b[0]
    return inner
def order():
    b = a = 1
    c, d = d2, c2 = 1, 2
    with open("f") as fh, open("g") as gh:
        e = fh
    return [k for k in gh]
def nl():
    x = 0
    def g():
        nonlocal x
        x += 1
        def h():
            return x
        return h
    return g
f = lambda a, b=2: [a * c for c in range(b)]
def uses_global_then_local():
    print(count)
    return [count for _ in range(2)]
def cell_param(p, q):
    def g():
        return q
    return g
def fstr(a):
    b = 1
    return f"{a!r} {b:>{a}}"
def dictf(k):
    d = {k: 1, "v": k}
    return d
