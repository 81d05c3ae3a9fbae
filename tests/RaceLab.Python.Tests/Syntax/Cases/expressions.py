a = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8 ** 2
b = -a + +a - ~a
c = (a + b) * (a - b)
d = not a and b or c and not d
e = a if b else c if d else e
f = 1 < 2 <= 3 == 4 != 5 > 6 >= 7
g = a is b, a is not b, a in b, a not in b
h = 0x_ff + 0o17 + 0b1010 + 1_000_000 + 0XAB
i = 1.5 + .5 + 1e10 + 1.5e-3 + 1_0.0_1 + 3. + 1E+5
j = x.y.z(1, 2, k=3)[4][5:6][::2][1:2, 3]
k = [1, 2, 3,] + [] + [[1], [2]]
l = (1,) + () + (1, 2,) + ((1, 2), 3)
m = {1: 2, "a": [3]} or {}
n = a | b ^ c & d << 2 >> 1
o = None, True, False, ...
p = (((a)))
q = - - 1
r = x[()]
s = x[:, 1:]
t = f(a)(b)(c)
u = a @ b
