def gen(items):
    x = yield
    y = yield x + 1
    yield from items
    return (yield)


total = sum(v * 2 for v in range(3) if v)
pairs = list((a, b) for a in "ab" for b in (1, 2))
s = {1, 2, *other}
d = {k: v for k, v in items}
e = {**base, "k": 1, **more}
sc = {c for c in "abc"}
first, *rest = [*s, *d]
for i in range(3):
    pass
else:
    done = True
while not done:
    break
else:
    pass
