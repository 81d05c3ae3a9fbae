# Subclasses of int, float, str, tuple, set and frozenset: the base's value and behaviour, the class's own methods.
class MyInt(int):
    def double(self):
        return self * 2


class Name(str):
    pass


class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


m = MyInt(21)
print(m.double(), m + 1, isinstance(m, int))
print(type(m + 1) is int, type(m).__name__, type(-m).__name__, type(abs(m)).__name__)
print(m == 21, m < 22, 21 == m, hash(m) == hash(21), repr(m), str(m), f"{m:>4}|{m!r}", "%d" % m)
print(int(m), type(int(m)) is int, float(m), bool(MyInt(0)), bool(m), MyInt("7") + MyInt(3), MyInt("ff", 16), MyInt())
print({21: "found"}[m], {m: "key"}[21], [10, 20, 30][MyInt(1)], list(range(MyInt(3))), m.bit_length(), m // 4, m % 4)
print(issubclass(MyInt, int), isinstance(m, MyInt), isinstance(21, MyInt), MyInt.__mro__)
m.tag = "t"
print(m.tag, m.__dict__, vars(m))

n = Name("bob")
print(n.upper(), n == "bob", type(n.upper()).__name__, n + "!", len(n), n[0], list(n), "o" in n)
print(repr(n), str(n), type(str(n)).__name__, f"<{n}>", "-".join([n, Name("al")]), n.startswith("b"), {"bob": 1}[n])
print(sorted([Name("b"), Name("a"), "c"]), n * 2, Name(), Name(12), isinstance(n, str))

p = Pt(1, 2)
print(p.x, p, len(p), p == (1, 2), type(p + (3,)).__name__, p[1:], hash(p) == hash((1, 2)))
a, b = p
print(a, b, isinstance(p, tuple), type(p).__name__)

class S(set):
    pass


s = S([1, 2])
s.add(3)
print(sorted(s), len(s), 2 in s, type(s).__name__, type(s | {4}).__name__, s == {1, 2, 3}, isinstance(s, set))
print(S(), repr(S([5])))
s.label = "L"
print(s.label)


class F(frozenset):
    def total(self):
        return sum(self)


f = F([1, 2, 3])
print(f.total(), sorted(f), 3 in f, hash(f) == hash(frozenset([1, 2, 3])), f == frozenset({1, 2, 3}), F())


class Money(float):
    def __repr__(self):
        return f"${float(self):.2f}"


price = Money(2.5)
print(price, repr(price), str(price), price * 2, type(price * 2).__name__, int(price), f"{price:.1f}", [price])
print(Money("1.25") + 1, float(price), int(price), price > 2, Money())


class Loud(str):
    def __str__(self):
        return self.upper() + "!"

    def __repr__(self):
        return "Loud(" + super().__repr__() + ")"


loud = Loud("hey")
print(loud, str(loud), repr(loud), [loud], f"{loud}", loud + "x", len(loud))


class Meters(int):
    def __add__(self, other):
        return Meters(int(self) + int(other))

    def __eq__(self, other):
        return int(self) == int(other) and isinstance(other, Meters)

    def __str__(self):
        return f"{int(self)}m"


d = Meters(3) + 4
print(d, type(d).__name__, d == 7, d == Meters(7), 4 + Meters(3), type(4 + Meters(3)).__name__)
print(Meters(2) * 3, Meters(1) - 1, repr(Meters(5)))


class Flag(int):
    pass


print(Flag(True), Flag(2.9), Flag(-3) // 2, Flag(10) % 3, 2 ** Flag(3), Flag(5) & 3, Flag(1) << 4, ~Flag(0))
print(MyInt(3) < MyInt(5), max(MyInt(3), MyInt(5)), sum([MyInt(1), MyInt(2)]), sorted([MyInt(3), 1, MyInt(2)]))

try:
    hash(Meters(1))
except TypeError as e:
    print("TypeError", e)
try:
    MyInt("x")
except ValueError as e:
    print("ValueError", e)
try:
    MyInt(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    m.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    n.nope()
except AttributeError as e:
    print("AttributeError", e)
