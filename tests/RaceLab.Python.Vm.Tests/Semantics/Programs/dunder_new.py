# __new__: implicitly a static method, called with the class; __init__ runs only on an instance of the class.
class Point:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return object.__new__(cls)

    def __init__(self, x, y):
        print("init", x, y)
        self.x, self.y = x, y


p = Point(1, 2)
print(type(p).__name__, p.x, p.y, isinstance(p, Point))


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("made")
        return cls._instance

    def __init__(self):
        print("init runs each time")


print(Singleton() is Singleton())


class NotMe:
    def __new__(cls, value):
        return value

    def __init__(self, value):
        print("never printed")


print(NotMe(5), NotMe("five"), NotMe([1]))


class Base:
    def __init__(self):
        print("Base init", type(self).__name__)


class Other(Base):
    pass


class Factory:
    def __new__(cls, kind):
        return Other() if kind == "other" else super().__new__(cls)

    def __init__(self, kind):
        print("Factory init", kind)


print(type(Factory("other")).__name__, type(Factory("self")).__name__)


class Child(Point):
    def __init__(self, x):
        super().__init__(x, x)


c = Child(4)
print(type(c).__name__, c.x, c.y)


class Counted(int):
    count = 0

    def __new__(cls, value, label="?"):
        Counted.count += 1
        self = int.__new__(cls, value)
        self.label = label
        return self


k = Counted(3, "three")
print(k, k.label, k + 1, Counted.count, type(k).__name__, Counted("12") * 2)


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

    def __init__(self, text):
        self.original = text


u = Upper("abc")
print(u, u.original, len(u), u.lower(), isinstance(u, str))


class Plain:
    pass


q = object.__new__(Plain)
print(type(q).__name__, isinstance(q, Plain), Plain.__new__ is object.__new__)
print(type(int.__new__(int, 5)).__name__, int.__new__(Counted, 8) + 1, str.__new__(Upper, "x"), tuple.__new__(tuple, [1, 2]))


class WithInit:
    def __init__(self, a):
        self.a = a


class WithNew:
    def __new__(cls, a):
        return super().__new__(cls)


print(WithInit(1).a, type(WithNew(2)).__name__)

for make in [lambda: Plain(1), lambda: object.__new__(int), lambda: int.__new__(str), lambda: int.__new__(Plain),
             lambda: object.__new__(5), lambda: object.__new__(), lambda: Point.__new__(Point, 1).x,
             lambda: WithNew(), lambda: type(object.__new__(WithInit, 1)).__name__]:
    try:
        print(make())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class BadArgs:
    def __new__(cls):
        return super().__new__(cls, 1)


class BadArgsInit:
    def __new__(cls, x):
        return super().__new__(cls, x)

    def __init__(self, x):
        self.x = x


for make in [BadArgs, lambda: BadArgsInit(3)]:
    try:
        make()
    except TypeError as e:
        print("TypeError", e)


def attempt(make):
    try:
        print(make())
    except TypeError as e:
        print("TypeError", e)


class Five:
    def __new__(cls):
        return 5


class Explicit:
    @staticmethod
    def __new__(cls, *args, **kwargs):
        print("explicit", args, sorted(kwargs.items()))
        return super(Explicit, cls).__new__(cls)

    def __init__(self, x=0, y=0):
        self.s = x + y


class Boom(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


class Blank:
    def __init__(self):
        print("never printed either")

    @classmethod
    def make(cls):
        return cls.__new__(cls)


class Mapping(dict):
    pass


class Frozen(frozenset):
    def __new__(cls, a, b):
        return super().__new__(cls, [a, b])


attempt(lambda: (Five(), Explicit(x=1, y=2).s, repr(Boom("boom", 2)), Boom("x").args, type(Blank.make()).__name__))
attempt(lambda: (sorted(Frozen(2, 1)), type(Frozen(1, 2)).__name__, frozenset.__new__(Frozen, [1]), float.__new__(float, "1.5")))
attempt(lambda: object.__new__(Mapping))
attempt(lambda: dict.__new__(Mapping))
attempt(lambda: Frozen([1], [2], [3]))
attempt(lambda: frozenset.__new__(list))


class Shape:
    def __new__(cls, sides):
        return super().__new__(Triangle if sides == 3 else cls)

    def __init__(self, sides):
        print("Shape init", sides)


class Triangle(Shape):
    def __init__(self, sides):
        print("Triangle init", sides)


print(type(Shape(3)).__name__, type(Shape(4)).__name__)
