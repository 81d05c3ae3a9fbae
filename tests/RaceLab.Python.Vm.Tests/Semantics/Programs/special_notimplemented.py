class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("radd", other)
        if other == 0:
            return self
        return NotImplemented

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents})"


class Euro:
    def __radd__(self, other):
        return "euro radd " + repr(other)

    def __gt__(self, other):
        return "euro gt"


class Special(Money):
    def __radd__(self, other):
        return "special first"


print(Money(1) + Money(2), Money(1) + 5, 0 + Money(3))
print(Money(1) + Euro(), Money(2) + Special(1))
print(Money(1) == Money(1), Money(1) != Money(2), Money(1) == 1, Money(1) != "x", 1 == Money(1))
print(Money(1) < Money(2), Money(1) < Euro())
m = Money(4)
m += 6
print(m, NotImplemented, type(NotImplemented).__name__)
for bad in ("s", 2.5):
    try:
        print(Money(1) + bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    m += "x"
except TypeError as e:
    print("TypeError:", e)
try:
    print(Money(1) < 3)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" + Money(1))
except TypeError as e:
    print("TypeError:", e)
for a, b in (("a", 1), ([1], (2,)), ((1,), [2])):
    try:
        print(a + b)
    except TypeError as e:
        print("TypeError:", e)
