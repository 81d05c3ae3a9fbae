# Generated (seeded) mix of the subset's statements and expressions: compiled and compared, never run.
import threading
lock = threading.Lock()
a = b = c = count = total = 0
def fn0(a, b=2):
    assert [x + [263 - total.attr, c.meth(c)] for x in total if x], -None
    total *= -a.attr
    pass
    a = 1.5 % ([total, "s"] if c else count) <= c.attr
def fn1(a, b=2):
    assert a.meth((not total) * (140 if g(f'{c} x', k=total) else count)), -f'{b} x'
with lock:
    total = b.meth(142)
