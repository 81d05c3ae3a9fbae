# Operators and statements calling the program's special methods.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, b - a, a * 3, 2 * b)
print(a == Vec(1, 2), a != b, a == 5, a < b, b > a)
c = a
c += b
print(c, a)
print(repr(a), str(b), f"{a} and {b!r}")
print([repr(v) for v in sorted([b, a, Vec(0, 9)], key=lambda v: v.y)])


class Acc:
    def __init__(self):
        self.total = 0

    def __iadd__(self, n):
        self.total += n
        return self

    def __str__(self):
        return f"Acc({self.total})"


acc = Acc()
acc += 5
acc += 6
print(acc, str(acc))


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, 0)

    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells

    def __len__(self):
        return len(self.cells)


g = Grid()
g[1, 2] = 5
g["k"] += 3
print(g[1, 2], g["k"], g["missing"], len(g))
print((1, 2) in g, "z" in g, "z" not in g)
del g["k"]
print(len(g), "k" in g)


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print("count", n)
print(list(Countdown(2)), sum(Countdown(4)))


class Bag:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        for item in self.items:
            yield item


print([x for x in Bag(7, 8, 9)])
for item in Bag("p", "q"):
    print("item", item)


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


triple = Multiplier(3)
print(triple(5), list(map(triple, [1, 2])))


class Named:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "Named " + self.name


print(Named("x"))
print(Named("y"), Named("z"), sep=" | ")
print(f"{Named('w')}")


class Weird:
    def __eq__(self, other):
        print("eq called")
        return True


w = Weird()
print(w == 1, w != 1, 1 == w)
