from collections import namedtuple


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        print("add", self.cents, getattr(other, "cents", other))
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        print("radd", self.cents, other)
        return Money(self.cents + other)

    def __repr__(self):
        return f"Money({self.cents})"


class Box:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("len", self.n)
        return self.n


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("bool", self.on)
        return self.on

    def __repr__(self):
        return "Flag(%s)" % self.on


class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Tag) and self.name == other.name

    def __repr__(self):
        return "<" + self.name + ">"


Point = namedtuple("Point", "x y")

print(sum([Money(1), Money(2), Money(3)]))
print(sum([Money(5)], Money(10)))
print(any([Box(0), Box(2), Box(9)]), all([Flag(True), Flag(False), Flag(True)]))
print(any([Flag(False)]), all([Box(1)]), any([]), all([]))
print([type(x).__name__ for x in filter(None, [Box(0), Box(1), Flag(False), Flag(True), 0, 3])])
print(len(Box(4)))
print([Money(1), (Money(2),), {"k": Money(3)}, {Point(1, 2)}])
print([Point(1, 2), Point(x=3, y=4)], (Point(5, 6),))
print(str([Flag(True)]), repr({Money(7): [Flag(False)]}) if False else repr([[Money(8)]]))
tags = [Tag("a"), Tag("b"), Tag("c"), Tag("b")]
print(Tag("b") in tags, Tag("z") not in tags)
print(tags.index(Tag("c")), tags.count(Tag("b")))
tags.remove(Tag("b"))
print(tags)
for action in ("index", "remove"):
    try:
        getattr(tags, action)(Tag("q"))
    except ValueError as e:
        print("ValueError:", e)
try:
    ",".join(["a", Money(1)])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([Money(1), "x"])
except TypeError as e:
    print("TypeError:", e)
try:
    len(Box(-1))
except ValueError as e:
    print("ValueError:", e)
