a.b //= +f"{a}"[é.append.append or x1, lambda a, b=1: (u'u'.match) | (1_000)][count if x1 else r'\d']
a[1] = (~True[::2](((1e3).match) if (é) else None)) @ [lambda : a >= x1, ~(x1.append and b)]()
for i, j in é[::2]:
    a[1] = True
    count.match.match
    a.match + ((((count.match.y) % (count)) - é) // [])
with a(é[lambda : a].y, (b.y) @ (a.y < (f"{a}"))) and (([(a.match) and f"{a=}", b]) < (lambda a, *, k: x1) < a[:(x1) and (a)].match) as w:
    def f1(a, b=2):
        a[{}, (x1, ~(x1), (False.y) or (a),)[count and x1, é if b else True] <= None.append]
        return (a(k=count / (count.append if é else (a))).append) or ((lambda : x1) + ((.5)('t'.match, +é)))
    a[1] = (((...).match if é else ((b) is x1)) << [é, f"{a=}" / b.match][::2][:(é) or (b.match)])
if lambda : lambda a, b=1: [f'x{b!r:>{a}}y', count is ((2.5).match)]:
    assert ("s".match in (~(-count)))
    while (1e3)[(a if ((...).append.y) else (1e3)) or é:] != [(count.y) * ((a) is (a) < ("a" "b".y)), ((b.append) * (a.match)) not in é, count <= count.y.match < x1.append.y] < é[~f'x{b!r:>{a}}y':].y:
        False - False[[]:].y
    a[1] = lambda a, b=1: [é, lambda a, b=1: (...).match][(b.y) if (a) else (x1), count.append](b) // x1
a.b = count[a:] if é((count % a.append) + é, target=((1) ** a.y) % b)[(.5) != a < é.y] else ('''q'''[("a" "b" | (x1)) | é.y:])
(lambda a, b=1: (a @ x1).y((a.append) and b, target=~("s"))) in (count, (1_000).append and count.match,)(None[:(a) and (x1)](), k=((.5)) % f'x{b!r:>{a}}y')
assert count(((b.match if (a) else ((1_000))) | 't', x1 - r'\d', a or (count - (b)),)(x1.match)(x1, b.match + (lambda a, b=1: u'u'.match)), x1[(a) & a:], target=b - (~(0x1F)))[a], a[::2] + ("s"[:x1[:é][::2]])
