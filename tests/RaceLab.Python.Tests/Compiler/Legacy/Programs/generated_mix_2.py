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
        print(
            g((f'{lock:08.3f} and {count!s}' >= [x * (lambda q, w=1: q + w + b)((lambda q, w=1: q + w + count)(g((), k=0))) for x in a for y in x if y if x]),
        k=1000000),
            [x * (a[255], (1000000 !=
        (not total))) for x in lock for y in x if y if x],
        )
        b %= (lock[(count if lock[lock]
        else (lambda q, w=1: q + w + lock)(a[a[g(1.5, k=count)]]))] & 1)
        return [loc + q for q in range(z) if q != loc]
    sq = lambda v: v * loc + b
    lock.meth(a.meth([x * (1, 2) for x in c for y in x if y if x], (-g(255, k=total)
        or (not (b, total[(1000000, True)])))), kw=f'{total!r:>{c}}')
def fn1(a, b=(1, 2)):
    c[0] = (((not (lambda q, w=1: q + w + count)(b.attr.sub)) if g(count[total],
        k=(7,
        count))
        else (total or 0)) is
        total)
    with lock, lock:
        if 0:
            b[0] = -a
            total.meth((count.meth(f'a{total}b{c}c', (c < lock <= total)) if total.meth([x * (7, c[1:(1, 2)]) for x in count for y in x if y if x],
        {(lambda q, w=1: q + w + lock)(count): 1, 'k': 1}) else ((total[b[1:1]] in
        b[lock.attr.sub]) if (c.attr.sub < False <= 2) else (not b[1:count]))), kw=-g(-(lambda q, w=1: q + w + total)(a.attr.sub), k=f'{count!r:>{count}}'))
        else:
            print(
                ((not (count[g((count[True], (0.0, f'{a:08.3f} and {a!s}')), k=-0.0)] < (lambda q, w=1: q + w + total)(total[1:g(a.attr.sub, k=255)]) <= a)) or (((lambda q, w=1: q + w + count)(lock) << f'{b}')
        and f'a{b}b{c}c')),
                ({g(-0.0, k=total.attr.sub): count, 'k': 1} < {(g(lock.attr.sub, k=g(0, k=b)) - lock.attr.sub): (count and lock.attr.sub), 'k': 1} <= {0.0: (lambda q, w=1: q + w + total)(count), 'k': 1}),
            )
            assert (not ({lock: "s", 'k': 1}, count[1000000]))
            for a.attr in (not c.meth(((lambda q, w=1: q + w + total)(lock) and 1000000), (g(f'{lock!r:>{lock}}', k=[]) is not
        0))):
                c = ()
                count.attr = lock
                b = total = lock.meth({256: ((total[1:(lambda q, w=1: q + w + count)(f'{total:08.3f} and {count!s}')],
        256) and c[(lambda q, w=1: q + w + a)(g(f'{a:08.3f} and {c!s}', k=count.attr.sub))]), 'k': 1}, (f'{b!r:>{total}}' and {b[total]: f'{a}', 'k': 1}))
        if True:
            total.meth(-(1, 2), kw=(([x * a for x in c for y in x if y if x] if (total[1:b]
        - total) else total) | f'a{total}b{c}c'))
        else:
            b[0] = ((not 2 ** 10) < f'{a:08.3f} and {count!s}' <= (a[g(count[1:total[1:a[1:(a,
        1000000)]]],
        k=(lambda q, w=1: q + w + count)(total))] ^ [x * g((f'a{count}b{lock}c', a), k=(lambda q, w=1: q + w + lock)(lock[count])) for x in c for y in x if y if x]))
        b.attr = ((((lambda q, w=1: q + w + c)(7) < c[1:total] <= c[count[1:b]]) if (255 < ((c[1:g(256,
        k=f'{c:08.3f} and {b!s}')], -1),
        b[1]) <= a)
        else f'{c:08.3f} and {b!s}') and {(total.attr.sub or count): (7
        if c.attr.sub else g(b[1:c],
        k=total)), 'k': 1})
    return
pass
