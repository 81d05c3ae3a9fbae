# Generated (seeded) mix of the subset's statements and expressions: compiled and compared, never run.
# comment
import threading
from threading import Lock as L, Thread
lock = threading.Lock()
a = b = c = count = total = 0
def fn0(a, b=(1, 2)):
    """Function doc."""
    loc = a
    def inner(z):
        loc = loc + z
        assert (-f'{count:08.3f} and {total!s}'
        / count), (-c[1:(1000000 < a <= lock.attr.sub)], [x * (lambda q, w=1: q + w + a)((not total[a.attr.sub])) for x in total for y in x if y if x])
        return [loc + q for q in range(z) if q != loc]
    sq = lambda v: v * loc + b
    b, total = lock.attr.sub
    a.meth({[x * lock.attr.sub for x in count for y in x if y if x]: [x * (lambda q, w=1: q + w + c)(((a.attr.sub,
        g(a,
        k=g(lock, k=(total.attr.sub, count[lock[1:(lambda q, w=1: q + w + a)(b.attr.sub)]])))) if b
        else {})) for x in c for y in x if y if x], 'k': 1}, kw=((not lock.attr.sub) in (-c if f'{b!r:>{total}}'
        else lock)))
    count -= 7
    while f'{a}':
        print(
            (c
        if (lock[1:255] is (a is
        a.attr.sub)) else f'{count}'),
            (not ({g(lock.attr.sub, k=b[1:lock[1:b]]): lock, 'k': 1} if 1.5 else {c[(lambda q, w=1: q + w + b)(total)]: a, 'k': 1})),
        )
        def h1(m, n=3):
            nonlocal_ok = m
            if 0:
                total = b = 2
                c[0] = (not -[])
                total[0] = (-total is -1)
                b, a = count.meth([x * c for x in count for y in x if y if x], a[1:[x * c for x in b for y in x if y if x]])
            total.meth((count[(lambda q, w=1: q + w + c)((b[1:255], lock[c]))]
        if (lock.attr.sub in
        (count[total[total[lock]]]
        // a[(lambda q, w=1: q + w + b)(count)])) else a), kw=count[(count.attr.sub % (lambda q, w=1: q + w + count)((lambda q, w=1: q + w + total)(total)))])
            if (lambda q, w=1: q + w + a)(-total[1:a.attr.sub]):
                total.attr = -1
            elif ((not f'{c!r:>{count}}'),
        ([x * [] for x in lock for y in x if y if x] >= (not 7))):
                count, b = (a[1:count.meth(7,
        2)]
        if lock.meth((count < a[a[1:(1, 2)]] <= lock[1:lock]), a.meth(total[1:"s"], 0))
        else (not c.meth("s",
        c)))
                count[0] = ''
            """doc 124"""
            return nonlocal_ok + g([x * 256 for x in c for y in x if y if x], k=total.meth((count and None), {total: (), 'k': 1}))
        def h1(m, n=3):
            nonlocal_ok = m
            assert ('' < lock <= 7)
            pass
            return nonlocal_ok + ([x * b for x in total for y in x if y if x], -a)
        total.meth(((total % (c[1:10 * 1000]
        % count[1:total[count]])) % ({1.5: f'{a}', 'k': 1} < a.attr.sub <= c[a[1:a]])), kw=(((a[1:(lambda q, w=1: q + w + c)(lock[total[1:(count, g(False, k=b))]])]
        & a.attr.sub) is 256) and f'{total:08.3f} and {a!s}'))
def fn1(a, b=(1, 2)):
    """Function doc."""
    count *= total.meth(total.meth({a.attr.sub: 2, 'k': 1},
        0), total.attr.sub)
    return {-(): c[1:(a / f'a{count}b{total}c')], 'k': 1}
    def h0(m, n=3):
        nonlocal_ok = m
        a.meth([x * (lambda q, w=1: q + w + b)({c.attr.sub: (not count), 'k': 1}) for x in lock for y in x if y if x], kw=True)
        return
        lock.meth((-count or total[a[g(False, k=(lambda q, w=1: q + w + c)(b[1:((lambda q, w=1: q + w + c)(2),
        False)]))]]), kw=count)
        return nonlocal_ok + (((not 2) < c[c] <= (f'a{count}b{a}c' if g(count[a.attr.sub], k='')
        else lock.attr.sub))
        if ((-1 < 1 <= lock), (255,
        total))
        else (1, 2))
    print(
        (2 ** 10
        if a else ({b.attr.sub: (7, f'a{count}b{total}c'), 'k': 1} is
        -1)),
        -b,
    )
"""doc 124"""
count = c = b.meth((c[(lambda q, w=1: q + w + c)(c)] < -total <= (a[1:c.attr.sub] not in f'a{a}b{a}c')),
        -'')
total.meth(({a: {lock[c]: lock, 'k': 1}, 'k': 1}
        ** (lock[1:b] if (1, 2) else [x * 255 for x in c for y in x if y if x])), kw=count.attr.sub)
