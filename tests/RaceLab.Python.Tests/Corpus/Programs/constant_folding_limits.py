# constant folding: powers, negative floor division, float sums, size limits of strings and tuples
import threading

a = 2 ** 100
b = "ab" * 3
c = -(-5)
d = (1, 2) + (3,)
e = 0.1 + 0.2
f = -0.0
g = 1e308 * 10
h = -1 ** 2
i = "x" * 5000
j = (1,) * 300
k = 10 // 3 % 2 - 7 // -2
m = 2 ** -1
n = 1_000_000 * 10
o = -2 ** 63
p = 17 % -5
q = 3.0 // 2
r = 255 - 256 + 1e-9
s = 10 ** 20 * 10 ** 20
t = ("a", "b") * 2
u = -(1,)[0] if False else +3


def fold_in_function():
    big = 2 ** 64 - 1
    small = -(2 ** 31)
    mix = 1.5 * 2 + 3 // 2 - -4
    return big, small, mix, 4 * 1000000, "-" * 40


threading.Thread(target=fold_in_function).start()
print(a, b, c, d, e, f, g, h, len(i), len(j), k, m, n, o, p, q, r, s, t, u)
