# Constant tests: 3.9 compiles dead branches without emitting them; 3.10 folds them in the CFG.
import threading
if 0:
    def f(a):
        return [x for x in a]
    g = lambda: 1
    import os
    from sys import path
    y = [q for q in range(3)]
while 0:
    z = 1
if True:
    w = 2
else:
    def h():
        pass
def k(n):
    if 0:
        m = n
        for i in range(n):
            pass
    while 1:
        if n:
            break
    while True:
        return m
