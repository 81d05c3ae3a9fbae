import os.path
import a, b.c as d
from x.y import z
from q import (r,
    s as t,)
x = y = z = 0
x += 1; x -= 2; x *= 3; x /= 4; x //= 5; x %= 6; x **= 7; x <<= 1; x >>= 2; x &= 3; x |= 4; x ^= 5; x @= y
a, b = b, a
[a, b] = c
(a, b), c = d
a.b = 1
a[1] = 2
a.b.c += 1
a[i] += 1
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2
if a: pass
while x < 10:
    x += 1
    if x == 5:
        continue
    if x == 8:
        break
for i, j in pairs:
    print(i, j)
for (i, j) in pairs: pass
with a:
    pass
with a as b, c as d:
    pass
with open(f) as (x, y):
    pass
with a as b.c, d as e[0]:
    pass
assert x
assert x, "message"
assert (x,
        y)
print(1, 2, sep='', end="")
