import functools


class V:
    calls = 0

    def __init__(self, n, tag=""):
        self.n = n
        self.tag = tag

    def __lt__(self, other):
        V.calls += 1
        return self.n < other.n

    def __repr__(self):
        return f"V({self.n}{self.tag})"


class Loud(V):
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n


class G:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        print("gt", self.n, other.n)
        return self.n > other.n


class A:
    pass


class B:
    pass


print(sorted([Loud(3), Loud(1), Loud(2)]))
print(sorted([Loud(1), Loud(2), Loud(4), Loud(3)]))
print(sorted([Loud(5), Loud(4), Loud(3), Loud(6)]))
xs = [V(5), V(1, "a"), V(4), V(1, "b"), V(3), V(9), V(0), V(7), V(1, "c")]
print(sorted(xs))
print(sorted(xs, reverse=True))
ys = list(xs)
ys.sort()
print(ys)
print(min(xs), max(xs), min(V(2), V(1), V(1, "x")), max(V(1), V(2, "a"), V(2, "b")))
print(min([Loud(2), Loud(1), Loud(3)]))
print(max([Loud(2), Loud(1), Loud(3)]))
print(min(G(2), G(1)).n, max(G(2), G(1)).n)
print([g.n for g in sorted([G(3), G(1), G(2)])])
big = [V((i * 37) % 101) for i in range(150)]
V.calls = 0
out = sorted(big)
print([v.n for v in out] == sorted(v.n for v in big), out[0], out[-1])
print(max(V(n) for n in [3, 8, 1]), min((V(n) for n in [3, 8, 1]), default=None), min([], default="empty"))
for bad in ([A(), A()], [A(), B()], [V(1), 2]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    min(A(), A())
except TypeError as e:
    print("TypeError:", e)
try:
    max([V(1), A()])
except AttributeError as e:
    print("AttributeError:", e)
try:
    max([A(), V(1)])
except TypeError as e:
    print("TypeError:", e)
try:
    [B(), B()].sort()
except TypeError as e:
    print("TypeError:", e)
