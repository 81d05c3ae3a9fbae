# Single and multiple inheritance with zero-argument and two-argument super().
import threading


class Base:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return "base " + self.name


class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra

    def describe(self):
        return super().describe() + " child"

    def other(self):
        return super(Child, self).describe()


class Mixin:
    pass


class Both(Child, Mixin):
    kind = "both"


class Worker(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.count = 0

    def run(self):
        self.count += 1


print(Both("a", 1).describe())
