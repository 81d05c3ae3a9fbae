# Classes: attributes, class attributes, methods as values, inheritance, MRO, super(), isinstance.
class Base:
    kind = "base"

    def __init__(self, name):
        self.name = name
        self.calls = 0

    def describe(self):
        self.calls += 1
        return self.kind + ":" + self.name

    def twice(self):
        return self.describe() + "/" + self.describe()


class Left(Base):
    kind = "left"

    def describe(self):
        return "L(" + super().describe() + ")"


class Right(Base):
    def describe(self):
        return "R(" + super().describe() + ")"


class Both(Left, Right):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra

    def explicit(self):
        return super(Left, self).describe()


b = Both("x", 3)
print(b.describe())
print(b.explicit())
print(b.twice(), b.calls, b.extra)
print([c.__name__ for c in Both.__mro__])
bound = b.describe
print(bound(), b.calls)
Base.kind = "changed"
print(Right("r").describe(), Left("l").kind)
print(isinstance(b, Base), isinstance(b, Right), isinstance(Base("z"), Left))
b.kind = "own"
print(b.describe(), Both.kind)


def make(prefix):
    class Local:
        label = prefix + "!"

        def show(self):
            return prefix + self.label

    return Local


print(make("p")().show())


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count


items = [Counter() for _ in range(3)]
print([c.id for c in items], Counter.count)
