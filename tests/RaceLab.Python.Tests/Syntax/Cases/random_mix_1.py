for i in u'u'[(b or False.match) >> ("s" | x1):]:
    with 't' or (((x1.append) % count.y) & (b.append))(a == "s", (a).match[::2], target=x1 // (a.match if (é) else ((0x1F))))((x1.y <= (é)) << ((b) >> x1), a if count.match else (lambda a, b=1: é), target=count or (é ^ a.match)):
        a[1] = +count.match
        (é != True) // ((é(lambda a: b)) is not (x1 ** count) < 't')
        [x, y] = {([a for x1 in "a" "b" if x1][:b.y.y and (0x1F)], lambda a: é, [](x1.append, (b) != (a)),): True ^ count, a.match.append: ('''q'''(lambda a, *, k: a, k=(count) if (...) else é)(é)) and (not (x1), lambda : é)(count.append & a, (é.y.y) and (b.append), target=x1)(('t') + (x1), (a) << a.append, target=é | False)}[::2][:(count <= b.y) and (not a)]
-(count and (-'''q'''.match))
lambda a: b(b, ~é.append, target=b)(False and x1.y) or count[(1_000) // count, a.append % (count.match.match)](count.match, count, target=-(count))
a[1] += count.append
a[1] *= x1
b.append(f'x{b!r:>{a}}y'.append() if ((b | a.y) >= (count)) else ("a" "b"[+(x1.y), lambda a, *, k: count]))
((é * (é)).y and (b & a.y.match)) and count()
[]
