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


class Right(int):
    def __radd__(self, other):
        return "radd"

    def __hash__(self):
        return 7


print(1 + Right(2), Right(2) + 1, hash(Right(5)), {Right(5): 1}, isinstance(int.__new__(Right, 5), Right))


class Same(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


print(Same("a") == "b", "b" == Same("a"), Same("a") != "b", {Same("k"): 1}["k"], hash(Same("k")) == hash("k"))


class Bag(set):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


bag = Bag([3, 1], "t")
print(sorted(bag), bag.tag, bag - {1}, type(bag - {1}).__name__, bag.copy(), Bag.__mro__)
bag.discard(3)
bag |= {2}
print(bag, type(bag).__name__, frozenset(bag) == {1, 2}, S([1]) | S([2]), {1} == S([1]), S() == set())
try:
    S([1], [2])
except TypeError as e:
    print("TypeError", e)

print(not MyInt(0), MyInt(3) in [1, 3], 21 in {MyInt(21)}, len({MyInt(1), 1}), {MyInt(1): "a", 1: "b"})
print(Name("a b").split(), Name("x").replace("x", "y"), "{} {}".format(MyInt(4), Name("q")), Name("ab")[::-1])
print(sorted([Name("b"), "a"]), max([MyInt(2), 7]), MyInt(7) / 2, +MyInt(3), abs(MyInt(-3)), "abc"[MyInt(1)], MyInt(2) * "ab")
x = MyInt(5)
x += 1
print(x, type(x).__name__, "%s and %r" % (Name("n"), Name("n")), Name("a") < "b", str.upper(Name("abc")), MyInt.__new__(MyInt, 3))


class Half(float):
    def half(self):
        return self / 2


print(Half(3).half(), Half(0.5) < 1, int(Half(7.9)), Half(2) ** 2, 2 ** Half(2), str(Half(1.0)), repr(Half(1e20)), Half.__bases__)


class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj


tagged = Tagged("v", 1)
counts = {}
counts[Name("k")] = 1
counts["k"] += 1
print(tagged, tagged.tag, tagged + "w", vars(tagged), counts, Name("k") in counts)


class Feet(int):
    def __add__(self, other):
        return Feet(super().__add__(other))

    def __radd__(self, other):
        return Feet(super().__radd__(other))

    def __repr__(self):
        return f"Feet({super().__repr__()})"

    def __lt__(self, other):
        return super().__lt__(other)


print(Feet(2) + 3, 3 + Feet(2), Feet(1) + Feet(1), Feet(2) < 3, sorted([Feet(3), Feet(1)]), Feet(2) - 1)
print(int.__add__(2, 3), int.__add__(2, "x"), int.__lt__(1, 2), int.__eq__(1, "1"), float.__mul__(2.0, 3), str.__add__("a", "b"))
print(str.__eq__("a", 1), int.__neg__(5), int.__bool__(0), float.__int__(2.5), Feet(7).__index__(), Name("ab").__len__())


class Shout(str):
    def __add__(self, other):
        return Shout(super().__add__(other).upper())


class Celsius(float):
    def __str__(self):
        return super().__str__() + "C"

    def __sub__(self, other):
        return Celsius(super().__sub__(other))


print(Shout("a") + "b", type(Shout("a") + "b").__name__, str(Celsius(1.5)), Celsius(3) - 1, type(Celsius(3) - 1).__name__)
for probe in [lambda: Shout("a").__neg__, lambda: Celsius(1).__index__]:
    try:
        probe()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
for bases in [(bool,), (int, str), (tuple, dict), (ValueError, KeyError), (MyInt, object)]:
    try:
        class Mixed(*bases):
            pass
        print(Mixed.__mro__[1].__name__)
    except TypeError as e:
        print("TypeError", e)


class Reading(float):
    pass


class Label(str):
    def __init__(self, text, extra=None):
        self.extra = extra


class Quantity(int):
    def __init__(self, value, unit):
        self.unit = unit


print(Reading(" 1.5 "), Reading("-inf"), Reading("1e3"), Reading("1_0.5"), Quantity("11", 2), Quantity("11", 2).unit)
for make in [lambda: Reading("abc"), lambda: Label("a", "b"), lambda: Label(5, "b"), lambda: Quantity(3, 10), lambda: Quantity(3, "m")]:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
