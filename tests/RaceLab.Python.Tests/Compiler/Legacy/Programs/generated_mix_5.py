# Generated (seeded) mix of the subset's statements and expressions: compiled and compared, never run.
import threading
lock = threading.Lock()
a = b = c = count = total = 0
def fn0(a, b=2):
    global count, total
    if -[(80 or b), f'{c} x'] < f'{total} x' < (not b.attr == [266, 28]):
        total.meth(1.5)
        count.meth((total.attr if g(f'{total} x', k=264) else total) < (not True) < c.meth([a, g(count.attr, k=(1, 2))]) < -total < 26)
        return
    elif count.meth(-[g(a, k=a), (1, 2)] > 183 // 39):
        a.meth(-count is not (19 or 58))
def fn1(a, b=2):
    global count, total
    total.meth(total.attr % total == b % a.meth([x + c.attr for x in b if x]))
    assert ((164 or (b and 40)) or 15)
def fn2(a, b=2):
    loc = a
    def inner(z):
        nonlocal loc
        loc = loc + z
        assert -count.attr
        return [loc + q for q in range(z) if q != loc]
    sq = lambda v: v * loc + b
    assert b > b.meth(total) != c, f'{total} x'
    assert (not g(total.attr <= f'{a} x', k=total.meth((1, 2)))), (total.meth([x + total.attr for x in total if x]) if [x + b for x in a if x] else g([a, count.attr] < f'{total} x' < 140, k=c.attr < count < g(total, k=103)))
    for c in (1.5 or [f'{count} x', count.attr] % True) + (30 if f'{count} x' // c.attr else count.meth((1, 2))):
        total.meth(count)
        count = (not b.attr > (f'{b} x' and g(90, k=114)))
        for total in ([g(count, k=a), a >= count.attr] if 86 else (a or count.meth(105))):
            continue
            while count.meth(f'{count} x'):
                c = ((b.meth(True) if a.meth(c.attr) else f'{total} x' == b) if (f'{c} x' and f'{b} x') else (not f'{c} x') < (not 26) < [x + c for x in total if x])
                b = [total.meth(-c), (a < c < [[total, 103], b.attr] and [x + total for x in count if x])]
                a = [x + [(not -g(b, k=g(g(38, k=g(95, k=b)), k=7))), count.attr] for x in b if x]
                b = (1, 2)
            return [x + 0 for x in a if x]
    count.meth([x + g(total.meth(-count), k=[x + a for x in total if x]) for x in a if x])
a = (not [x + 1.5 for x in b if x])
c.meth([x + [b < 115 < [30, g(63, k=None)] == b.meth(f'{count} x'), f'{count} x'] for x in c if x])
total += (1, 2)
