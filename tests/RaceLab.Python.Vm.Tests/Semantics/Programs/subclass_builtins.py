# Subclasses of dict, list and tuple: instances are real dicts, lists and tuples to the built-ins, and the
# methods the class defines in Python win.


class Counts(dict):
    def __missing__(self, key):
        return 0


class Tally(Counts):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.writes = 0

    def __setitem__(self, key, value):
        self.writes += 1
        super().__setitem__(key, value)


class Loud(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key) * 10

    def __repr__(self):
        return "Loud(" + dict.__repr__(self) + ")"


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]


class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

    def total(self):
        return self[0] + self[1]


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    def __repr__(self):
        return f"Point(x={self[0]}, y={self[1]})"


c = Counts()
c["a"] += 1
c["a"] += 1
c["b"] += 5
print(c, len(c), "a" in c, "z" in c, c["z"], "z" in c)
print(type(c).__name__, isinstance(c, dict), isinstance(c, Counts), type(c) is dict)
print(sorted(c.items()), list(c), c.get("q"), c.get("a"))

t = Tally({"x": 1}, y=2)
t["x"] += 1
t["w"] = 7
t.update({"v": 0})
print(t, t.writes, dict(t) == {"x": 2, "y": 2, "w": 7, "v": 0})

loud = Loud(k=4)
print(loud["k"], loud, str(loud), repr(loud), loud.get("k"))

s = Stack([1, 2])
s.push(3)
s += [4]
print(s, s.peek(), len(s), s[1:], type(s[1:]).__name__, s + [5], type(s + [5]).__name__)
print(isinstance(s, list), sum(s), max(s), sorted(s, reverse=True), 3 in s, list(reversed(s)))
for item in s:
    print("item", item, end=" ")
print()

p = Pair(3, 4)
print(p, p.total(), len(p), p[0], p == (3, 4), isinstance(p, tuple), type(p).__name__)
a, b = p
print(a, b, hash(p) == hash((3, 4)), p + (5,), {p: "pair"}[(3, 4)])

q = Point(1, 2)
print(q, q[1], tuple(q), f"{q}")

s.label = "stack"
c.label = "counts"
print(s.label, c.label, getattr(s, "label"), hasattr(c, "nothing"))

try:
    Pair(1)
except TypeError as e:
    print("TypeError", e)

try:
    Loud()["missing"]
except KeyError as e:
    print("KeyError", e)
