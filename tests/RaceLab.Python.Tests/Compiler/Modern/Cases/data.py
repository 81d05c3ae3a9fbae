import sys
import os.path
import os.path as osp
from threading import Thread as T, Lock

d = {"a": 1, "b": 2}
e = {1: "x", "k": d["a"]}
xs = [1, 2, 3, 4, 5]
ys = xs[1:3]
zs = xs[::2]
xs[0] = 10
xs[1:2] = [7]
a, b = 1, 2
a, b = b, a
p = q = 3
t = (a, b, p)
d["a"] += 5
xs[2] *= 3
n = -(2 ** 100) * 3
big = 1 << 200
s = "ab" * 3
neg = -xs[0]
inv = ~a
f = 1.5 / 3
m = 7 % -3
g = 7 // -2
print(f"{a!r:>10} {b!s} {p!a} {f:.2f} {n:{a}}", sys.argv[0:1])
print(e, ys, zs, t, s, neg, inv, m, g, big, +a)
