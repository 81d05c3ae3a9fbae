# Instances of one class setting their attributes in the same order, in another order, deleting and re-adding
# them, by name strings built at run time and past a dozen attributes: every read must find what was last set
# (the VM keeps a class's instances' attribute names in one shared table while their order agrees).


class Point:
    label = "class label"

    def __init__(self, x, y, swapped=False):
        if swapped:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


a = Point(1, 2)
b = Point(3, -4)
print(a.x, a.y, b.x, b.y, a.norm1(), b.norm1(), a.label)

# Another order than the class's first instance: the attributes diverge from the shared names.
c = Point(20, 10, swapped=True)
print(c.x, c.y, c.norm1())

# A new attribute on one instance only, then on another after a different one.
a.z = 5
b.w = 6
print(a.z, b.w, hasattr(a, "w"), hasattr(b, "z"))
b.z = 7
print(b.z, b.w, a.z)

# The instance shadows the class attribute, then deleting it shows the class's again.
a.label = "own label"
print(a.label, b.label)
del a.label
print(a.label)

# Delete and re-add: the value read is the new one; reading a deleted attribute raises.
del b.x
try:
    print(b.x)
except AttributeError as e:
    print("AttributeError:", e)
b.x = 99
print(b.x, b.y, b.z, b.w)
try:
    del b.x
    del b.x
except AttributeError as e:
    print("AttributeError:", e)

# Names built at run time (not the code's own interned names).
name = "".join(["dy", "namic"])
setattr(a, name, "set by setattr")
print(getattr(a, "dynamic"), a.dynamic, hasattr(a, "dyn" + "amic"))
setattr(a, "x", 100)
print(a.x, getattr(a, "".join(["x"])))


class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%d" % i, i * i)


w1 = Wide(12)
w2 = Wide(14)
print([getattr(w1, "f%d" % i) for i in range(12)], hasattr(w1, "f12"), w2.f13, w2.f11)
w1.f12 = "late"
w1.f5 = "changed"
print(w1.f12, w1.f5, w2.f5)
del w2.f0
print(hasattr(w2, "f0"), w2.f1, w2.f13)


# Methods shadowed per instance and attributes updated in a loop.
class Counter:
    def __init__(self):
        self.value = 0

    def increment(self):
        self.value += 1


counters = [Counter() for _ in range(3)]
for i in range(30):
    counters[i % 3].increment()
counters[1].increment = lambda: None
for c in counters:
    c.increment()
print([c.value for c in counters])
