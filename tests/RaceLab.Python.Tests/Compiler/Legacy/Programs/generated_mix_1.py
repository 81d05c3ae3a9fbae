# Generated (seeded) mix of the subset's statements and expressions: compiled and compared, never run.
# comment
import threading
from threading import Lock as L, Thread
lock = threading.Lock()
a = b = c = count = total = 0
def fn0(a, b=(1, 2)):
    global count, total
    loc = a
    def inner(z):
        nonlocal loc
        loc = loc + z
        a.meth((lambda q, w=1: q + w + count)((lock[1:256]
        // b)), kw=(([x * f'{b!r:>{count}}' for x in b for y in x if y if x]
        or (b[2], b[1:lock.attr.sub])) or total[{total: 255, 'k': 1}]))
        return [loc + q for q in range(z) if q != loc]
    sq = lambda v: v * loc + b
    lock.meth(((-[] < (not (a, count[1:7])) <= -(lambda q, w=1: q + w + lock)(f'a{b}b{a}c'))
        or lock.meth((lambda q, w=1: q + w + a)((b[7], (lambda q, w=1: q + w + lock)(c[[]]))),
        b.attr.sub)), kw=-g((lambda q, w=1: q + w + total)(count), k=f'{lock!r:>{lock}}'))
    def h0(m, n=3):
        nonlocal_ok = m
        count, a = a
        if 0:
            total, c = (lambda q, w=1: q + w + a)([x * (lambda q, w=1: q + w + a)(c.meth(g(f'{count:08.3f} and {lock!s}', k=total[1]), lock[1:count])) for x in total for y in x if y if x])
        return nonlocal_ok + [x * 2 for x in a for y in x if y if x]
    with lock:
        def h1(m, n=3):
            nonlocal_ok = m
            print(
                -a,
                count.attr.sub,
            )
            total = a.meth(([x * a[1:g(b[total], k=c)] for x in lock for y in x if y if x] - [x * c.attr.sub for x in a for y in x if y if x]), {(7 in
        b): (total < b <= lock.attr.sub), 'k': 1})
            count[0] = a.attr.sub
            total.meth((total[((lock,
        lock[-1]) < (lambda q, w=1: q + w + a)(b) <= (1, 2))]
        % 255), kw=-(lambda q, w=1: q + w + count)((1.5
        if ((total[1:b], a) if 256
        else a[1:a.attr.sub])
        else (count < (lambda q, w=1: q + w + total)(a[1:g(c.attr.sub,
        k=a.attr.sub)]) <= f'a{b}b{b}c'))))
            return nonlocal_ok + 1000000
        pass
        c.meth((lambda q, w=1: q + w + c)(g(lock, k=c.meth(b, c.attr.sub))), kw=([x * g(f'{a!r:>{count}}', k=(lock
        or total[(lambda q, w=1: q + w + c)(g(f'{c}', k=count[-1]))])) for x in lock for y in x if y if x],
        a))
        with lock:
            count.meth((), kw=a.meth(((c.attr.sub - g(2, k=1000000)) if 1 else {(lambda q, w=1: q + w + a)((1000000, total.attr.sub)): 0, 'k': 1}), [x * 2 for x in a for y in x if y if x]))
total.meth([x * b[1:('' < b.meth(f'{total}', (lock[1:lock[count]], c)) <= (not count))] for x in lock for y in x if y if x], kw=(({-1: lock.attr.sub, 'k': 1} * (b is count)) if {[x * ((lambda q, w=1: q + w + total)(2), ((-1, f'{total}'),
        b[total])) for x in lock for y in x if y if x]: total, 'k': 1} else (not a)))
