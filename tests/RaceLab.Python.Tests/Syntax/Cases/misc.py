def f(a, b):
    c = a
    def g():
        return c + a
    return g
class_ = 1
match = 2
type = 3
print(match, type)
match(x)
x = [1,
# comment
2]
x = 1 if y else 2
y = lambda: (1, 2)
z = a[b](c).d
w = -1 ** 2
v = (-1) ** 2
u = 2 ** -1
t = not not x
s = "a" "b" 'c'
r = ...
