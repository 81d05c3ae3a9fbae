[x, y] = count.append is not é
a[1] = [[(é) > (f"{a=}"), a.y if x1.match else count](count).append for a in f"{a=}" @ (count or (1).append) if (x1.match) != ((1e3)) < é][(u'u'.match | count) != (.5), (count)((a) ** x1, lambda a, b=1: count, k=é).y] if (é(a[((1)) or (count):]((f"{a=}".y) >= a), [].append[-(...).match, (0x1F) ^ f'x{b!r:>{a}}y'.match], target=((é) if (b) else (count)) >> True)) else (f"{a}")
a.y(((2.5) | é) ^ (1_000))
x1 or x1[x1 and (lambda a, b=1: x1), (a >> a.match)[b.y not in (x1):][+u'u'.y]]
x = 0
(x1) % (a[::2])
a(lambda a, *, k: ((2.5).match) or x1, b, target=(a.match.append) if (not (b)).append else é[b:])
if é.y:
    x *= b[::2] | count(é << x1.append, (count.append ** é) << f"{a=}")[:lambda a, *, k: f"{a=}".y + count]
    x //= lambda a, *, k: lambda a, b=1: (b.append in (u'u')) - None
    while (~[~a],):
        [x, y] = é[-x1:] @ (b[[][count.y:].y]((a) / (1e3).y, +(count), k=a.match[:b ^ "s".match]))
