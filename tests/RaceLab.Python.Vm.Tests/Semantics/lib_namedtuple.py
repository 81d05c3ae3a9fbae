# collections.namedtuple (Python in CPython: a tuple subclass built with type()): fields by name and by
# index, unpacking, equality and hashing as tuples, _make, _replace, _asdict, _fields, defaults, repr;
# then misuse: missing and extra arguments, bad field names, _replace of an unknown field.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p), tuple(p), list(p))
x, y = p
print(x, y, p == (1, 2), p != Point(2, 1), hash(p) == hash((1, 2)), {p: "pt"}[(1, 2)])
print(isinstance(p, tuple), type(p).__name__, Point.__name__, Point._fields, repr(Point))
print(p._replace(y=5), p._asdict(), Point._make([3, 4]), Point(y=2, x=1), p + (3,))
print(Point.__doc__, 2 in p, p.count(1) if hasattr(p, "count") else 1, sum(p), max(p))

Pixel = namedtuple("Pixel", ["row", "col", "color"], defaults=["black"])
print(Pixel(1, 2), Pixel(1, 2, "red"), Pixel._field_defaults)
Rec = namedtuple("Rec", "a, b, c", defaults=[0, 9])
print(Rec(1), Rec(1, 2), Rec(a=5, c=1))
print(namedtuple("R", "a _b class a", rename=True)._fields)

for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=3),
            lambda: Rec(), lambda: Rec(1, 2, 3, 4), lambda: Point._make([1]), lambda: p._replace(z=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in [("P", "a a"), ("P", "a _b"), ("P", "a class"), ("1P", "a"), ("P", "a-b")]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    namedtuple("P", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print("TypeError", e)
Point(1, 2, 3)
