# Generated (seeded) mix of the subset's statements and expressions: compiled and compared, never run.
import threading
lock = threading.Lock()
a = b = c = count = total = 0
def fn0(a, b=2):
    global count, total
    while (-[227 < [b, g(168, k=c)] < 31, [x + 1.5 for x in a if x]] and -"s" < (f'{total} x' and 272) < True):
        break
        print([x + [(-118 and -a), 201] for x in c if x], ([x + 100 for x in a if x] if -f'{b} x' else count.meth(f'{count} x')) is not [x + g(True, k=f'{a} x') for x in a if x] in c % [c, 5])
        a = [x + [a == count.attr, (not a)] for x in b if x] > [x + a for x in c if x]
        count += [x + 160 for x in c if x]
    with lock:
        for count in total.meth(count):
            with lock:
                c = f'{c} x' * (12 and total.attr) != (not c)
                a = 293 < -f'{b} x' < (total and 226)
                c = 114
                a = (not -g(236, k=206)) == (not 92) != [x + [g(total, k=total.attr), 127] for x in total if x]
        with lock:
            count = 218
            with lock:
                a = f'{a} x'
            for count in (a and 161 % a.meth(f'{c} x')):
                count = 1.5
                total = f'{count} x' < g(a < f'{b} x' < 260, k=f'{c} x' // 56)
            if b.attr:
                a = f'{total} x' // ("s" if b.meth(f'{b} x') else b)
                count = b
                count = a.meth(175 < [total, g(296, k=(1, 2))] < ([154, 212] and [f'{c} x', c.attr]))
                a = "s" // ((total.attr or 168) and (b if b else a))
            elif 129:
                count = b
            else:
                total = a.meth(148)
                c = b
        total.meth(a.meth(g(116, k=b)) - 184 < (None if f'{count} x' else c) * 25 < "s" < 79 < -c.attr)
    b.meth(c)
def fn1(a, b=2):
    count = b.meth(f'{b} x')
if -249:
    c.meth([x + "s" for x in b if x])
    assert total, g(f'{count} x', k=f'{count} x' < f'{b} x' < 1.5 < a < 230)
    while g(c, k=a.meth(b.meth(count))):
        assert None
        if (-(1, 2) if b else 71) < 61 < 202 < f'{total} x' < 220 < 63 + (1, 2) < g(177, k=a.attr):
            count = [x + b for x in count if x]
            b = ((1, 2) and count.attr)
elif -g(None, k=187) > (total or [a.attr, [b, [[total, 84], g(total.attr, k=g(f'{total} x', k=g(29, k=total)))]]]) is 1.5 < 161 < (not c.attr):
    total = f'{b} x'
    if b:
        total.meth(g(b, k=c))
        a = (a != c or -g([f'{total} x', 299], k=a)) + (total.attr or [count, [113, f'{a} x']] // a)
    else:
        if a:
            b = f'{count} x'
            b = f'{c} x'
            total = ([[count, 1.5], 19] if -85 else (not (count if c else g(c, k=3))))
        elif a + (total % 280 if -b else 272):
            a = (260 if 52 else f'{count} x') is total.meth(47) < 182 < count
            a = [[x + f'{a} x' for x in c if x], total < total.attr < total.attr] < total.meth(total)
            b = (not 293)
pass
if c.meth((not f'{b} x')) + -207:
    a = total
    count.meth([[c.attr, a] < g(a, k=168) < b.attr, [g(b, k=[count, 92]), 194] + count] + [x + 62 for x in total if x])
    assert g(b.meth((not 109)), k=(g(183, k=count) * [25, "s"] if b else ((1, 2) or True)))
else:
    if count.attr:
        pass
        print(256 < -g(161, k=count > 68) < [x + count.attr for x in a if x], 260)
    elif (not -77) is not (([[f'{total} x', c.attr], 128] if g(251, k=f'{c} x') else [135, f'{count} x']) if (not [total, a]) else g(f'{c} x', k=b) < a.attr < g(59, k=count.attr)):
        while count.meth(73 < None < b < g([155, a.attr], k=246)):
            total = 19
            b = count
            b = 279
        if 286:
            b = ([x + a.attr for x in count if x] if -b.attr else b.meth("s") // total)
            count = c
        elif [[x + True for x in a if x], (not (not c))]:
            c = total
        if [73, b] % (150 if g(b, k=[14, b]) else 1.5) is not (f'{c} x' if f'{count} x' else 99) < [x + f'{c} x' for x in c if x] < count.meth(count.attr):
            b = 288
        else:
            c = -total.attr
            count = [x + g((count and None), k=[[a, 1.5], [[g(total, k=f'{total} x'), f'{b} x'], f'{b} x']]) for x in b if x] < [x + 243 for x in b if x] < a.meth(total * count)
    else:
        count.meth(a)
        count.meth((not "s" in True >= -f'{c} x'))
        total.meth(65)
