class Key:
    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        print("hash", self.name)
        return self.h

    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(" + self.name + ")"


a, a2, b, c = Key("a", 1), Key("a", 1), Key("b", 1), Key("c", 2)
d = {}
d[a] = 1
d[b] = 2
d[c] = 3
print(len(d))
d[a2] = 10
print(len(d), d[a], d[b])
print(a2 in d, Key("z", 2) in d, Key("y", 7) not in d)
del d[a2]
print(len(d), list(d.values()))
print(d.get(Key("b", 1)), d.get(Key("q", 5), "none"))
try:
    d[Key("x", 1)]
except KeyError as e:
    print("KeyError", len(e.args))
try:
    del d[Key("x", 2)]
except KeyError:
    print("del KeyError")

s = {a, b, a2, c}
print(len(s))
s.add(Key("c", 2))
print(len(s), a2 in s)
s.discard(Key("b", 1))
print(len(s))
try:
    s.remove(Key("n", 3))
except KeyError:
    print("remove KeyError")
s2 = set([a, a2, b])
print(len(s2), len(frozenset([c, Key("c", 2)])))
comp = {Key(n, 4) for n in "xyx"}
print(len(comp))
dc = {Key(n, 5): i for i, n in enumerate("pqp")}
print(len(dc), sorted(dc.values()))
lit = {a: 1, a2: 2}
print(len(lit), lit[a])
print(d.pop(Key("c", 2)), len(d))
print(d.setdefault(Key("m", 9), 42), d.setdefault(Key("m", 9), 0), len(d))
print(hash(a), hash(Key("n", -1)), hash(Key("big", 2**64 + 5)))


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        if isinstance(other, int):
            return self.x == other
        return self.x == other.x


class Same(Point):
    __hash__ = None


class Fixed(Point):
    def __hash__(self):
        return hash(self.x)


class Plain:
    pass


print(Point.__hash__, Same.__hash__ is None)
for make in (Point, Same):
    for action in ("hash", "dict", "set", "in"):
        try:
            if action == "hash":
                hash(make(1))
            elif action == "dict":
                {make(1): 1}
            elif action == "set":
                {make(1)}
            else:
                make(1) in {1: 2}
        except TypeError as e:
            print(action, "TypeError:", e)
print(len({Fixed(1), Fixed(1), Fixed(2)}), Fixed(3) in {Fixed(3): 0})
p = Plain()
print(len({p, p, Plain()}), p in {p: 1})
print(Fixed(1) in {1}, {1: "int"}.get(Fixed(1)), Fixed(2) in {1, 3})


class BadHash:
    def __hash__(self):
        return "x"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
try:
    {BadHash(): 1}
except TypeError as e:
    print("TypeError:", e)
