# dataclasses: @dataclass with and without arguments, field(), frozen, order, fields/asdict/astuple/replace,
# and the generated __init__'s argument errors, as CPython's exec()-generated methods report them.
import threading
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass()
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    note: str = field(default='', compare=False)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


@dataclass(frozen=True)
class Key:
    kind: str
    n: int = 1


@dataclass
class Line:
    start: Point
    end: Point
    tags: tuple = ()


@dataclass
class Counter:
    value: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def __post_init__(self):
        self.history = []

    def bump(self):
        with self.lock:
            self.value += 1


@dataclass
class Point3(Point):
    z: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), repr(p) == str(p))
print(p == Point(1, 2), p != Point(1, 3), p == (1, 2), Point.__eq__(p, 5))
print(Point.__hash__, Key.__hash__ is None, hash(Key('a')) == hash(('a', 1)))
inv = Inventory('box')
inv.items.append('nail')
other = Inventory('crate')
print(inv, other, inv.items is not other.items)
print(Inventory('a', count=3) == Inventory('a', count=3, note='different'), Inventory('a', count=1) == Inventory('a'))
print(sorted([Version(2, 1), Version(1, 5), Version(2)]), Version(1) < Version(1, 1), Version(3) >= Version(2, 9))
k = Key('lock')
print(k, {k: 1}[Key('lock')], k == Key('lock', 1))
line = Line(Point(0, 0), Point(3, 4), ('a', 'b'))
print(line)
print(asdict(line))
print(astuple(line))
print(replace(p, y=10), p, replace(k, n=7))
print([f.name for f in fields(Inventory)], [f.name for f in fields(inv)])
print(fields(Point)[1].default, fields(Inventory)[1].default_factory is list, fields(Inventory)[2].repr)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(5), is_dataclass(Point3))
print(Point3(1, 2, 3), Point3(1) == Point3(1, 0, 0), Point3(1) == Point(1))
print(Point.__init__.__name__, Point.__dataclass_fields__['y'].type is int)

c = Counter()
threads = [threading.Thread(target=lambda: [c.bump() for _ in range(200)]) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(c, c.history, c == Counter(800))

for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 3}), ((1,), {'x': 3}), ((), {'y': 1})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
try:
    Line()
except TypeError as e:
    print('TypeError:', e)
try:
    Line(Point(0))
except TypeError as e:
    print('TypeError:', e)
try:
    k.n = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del k.kind
except AttributeError as e:
    print(type(e).__name__, e)
try:
    k.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Version(1) < Point(1)
except TypeError as e:
    print('TypeError:', e)
try:
    {p}
except TypeError as e:
    print('TypeError:', e)
try:
    replace(p, q=1)
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Broken:
        a: int = 1
        b: str
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Shared:
        a: list = []
except ValueError as e:
    print('ValueError:', e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError:', e)
try:
    @dataclass(order=True, eq=False)
    class Unordered:
        a: int
except ValueError as e:
    print('ValueError:', e)
try:
    fields(p.x)
except TypeError as e:
    print('TypeError:', e)
try:
    asdict(Point)
except TypeError as e:
    print('TypeError:', e)
