# A method or attribute looked up again and again on a class, while the class, its bases and the instance
# change between the lookups: every lookup must see the change (the VM caches what a class's MRO finds).


class Base:
    kind = "base"

    def step(self):
        return "Base.step"


class Child(Base):
    def step(self):
        return "Child.step"


def child_step_v2(self):
    return "child_step_v2"


def base_other(self):
    return "Base.other"


def run(obj, rounds):
    seen = []
    for i in range(rounds):
        seen.append(obj.step())
        seen.append(obj.kind)
        if i == 1:
            Child.step = child_step_v2  # class attribute assignment
        elif i == 2:
            del Child.step  # falls back to the base class
        elif i == 3:
            Base.step = base_other  # a base class changes
        elif i == 4:
            obj.step = lambda: "instance attribute"  # the instance shadows the class
        elif i == 5:
            del obj.step
        elif i == 6:
            setattr(Child, "kind", "child")  # setattr on the class
        elif i == 7:
            Child.kind = property(lambda self: "property")  # a property appears
        elif i == 8:
            del Child.kind
            Base.kind = "base again"
    return seen


print(run(Child(), 10))

other = Child()
print(other.step(), other.kind, hasattr(other, "missing"))
Base.missing = 42
print(hasattr(other, "missing"), other.missing)
del Base.missing
print(hasattr(other, "missing"))
