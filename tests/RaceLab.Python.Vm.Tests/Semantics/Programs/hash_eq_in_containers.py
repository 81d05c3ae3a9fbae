# Objects with a Python __hash__/__eq__ inside tuples, frozensets and lists: as dict keys, set members,
# in `in`, dict.get/pop/setdefault, set.add/discard, ==, hash(); unhashable classes; identity hashing.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))


d = {}
d[P(1, 2)] = 1
d[P(1, 2)] = d.get(P(1, 2), 0) + 1
print(len(d), d[P(1, 2)])
d2 = {(1, P(3, 4)): "a"}
print(d2[(1, P(3, 4))])
s = {P(1, 2), P(1, 2)}
print(len(s))

# Tuples of such objects as keys: every keyed operation.
t = {}
t[(P(1, 1), "k")] = 1
t[(P(1, 1), "k")] += 10
t[((P(2, 2), 0), P(3, 3))] = "nested"
print(len(t), t[(P(1, 1), "k")], t[((P(2, 2), 0), P(3, 3))])
print((P(1, 1), "k") in t, (P(1, 1), "j") in t, (P(9, 9), "k") not in t)
print(t.get((P(1, 1), "k")), t.get((P(5, 5),), "missing"))
print(t.setdefault((P(4, 4),), "new"), t.setdefault((P(4, 4),), "old"), len(t))
print(t.pop((P(4, 4),)), t.pop((P(4, 4),), "gone"), len(t))
del t[((P(2, 2), 0), P(3, 3))]
print(len(t), list(t.values()))
try:
    t[(P(0, 0),)]
except KeyError:
    print("KeyError")
print({(P(1, 2), i % 2): i for i in range(5)}[(P(1, 2), 1)])
print(list(dict([((P(7, 7),), "x"), ((P(7, 7),), "y")]).values()))

# Counter (its C _count_elements) and set() of drained generators hash them too.
from collections import Counter, defaultdict

print(sorted(Counter([(P(1, 1),), (P(1, 1),), (P(2, 2),)]).values()), Counter(P(i % 2, 0) for i in range(5))[P(0, 0)])
print(len(set((P(i % 3, 0), 1) for i in range(9))), len(frozenset(P(1, i % 2) for i in range(4))))
su = {(P(1, 1),)}
su.update([(P(1, 1),), (P(2, 2),)])
du = {(P(1, 1),): 1}
du.update({(P(1, 1),): 2, (P(3, 3),): 3})
print(len(su), len(du), du[(P(1, 1),)])
dd = defaultdict(int)
for i in range(4):
    dd[(P(i % 2, 0), "n")] += 1
print(len(dd), dd[(P(1, 0), "n")], {1: [P(1, 2)]} == {1: [P(1, 2)]}, [{P(1, 2)}] == [{P(1, 2)}])

# Sets of tuples and frozensets.
st = {(P(1, 2), 1), (P(1, 2), 1), (P(1, 2), 2)}
print(len(st), (P(1, 2), 2) in st)
st.add((P(1, 2), 2))
st.add((P(5, 6), 3))
print(len(st))
st.discard((P(1, 2), 1))
st.discard((P(0, 0), 1))
print(len(st), (P(1, 2), 1) in st)
print(len(set([(P(1, 1),), (P(1, 1),)])), len(frozenset([(P(1, 1),), (P(2, 2),)])))
fz = {frozenset([P(1, 2), P(3, 4)]): "fz"}
print(fz[frozenset([P(3, 4), P(1, 2)])], frozenset([P(1, 2)]) in fz)
print(frozenset([P(1, 2)]) == frozenset([P(1, 2)]), {P(1, 2)} == {P(2, 1)}, {P(1, 2)} != {P(1, 2)})

# == of tuples and lists holding them; `in` over lists of tuples.
print((1, P(3, 4)) == (1, P(3, 4)), (1, P(3, 4)) == (1, P(4, 3)), (P(1, 1),) != (P(1, 1),))
print([P(1, 1), [P(2, 2)]] == [P(1, 1), [P(2, 2)]], [P(1, 1)] == [P(1, 1), P(2, 2)], [(P(1, 1),)] != [(P(1, 2),)])
print((P(1, 1), 2) in [(P(0, 0), 2), (P(1, 1), 2)], [(P(1, 1), 2)].index((P(1, 1), 2)), [(P(1, 1),), (P(1, 1),)].count((P(1, 1),)))
print((1, 2) == (1, P(1, 2)), P(1, 2) == (1, 2))

# hash() of a tuple is the hash of the same tuple of the objects' hashes.
print(hash((P(1, 2), 3)) == hash((hash((1, 2)), 3)), hash(P(1, 2)) == hash((1, 2)))


# A class that defines __eq__ without __hash__, or sets __hash__ = None, is unhashable (also inside a tuple).
class EqOnly:
    def __eq__(self, o):
        return True


class NoHash:
    __hash__ = None


print(EqOnly.__hash__, NoHash.__hash__)
for make in (EqOnly, NoHash):
    for action in ("hash", "tuple key", "set", "add", "in dict"):
        try:
            if action == "hash":
                hash((1, make()))
            elif action == "tuple key":
                {(make(),): 1}
            elif action == "set":
                {(2, (make(),))}
            elif action == "add":
                set().add((make(),))
            else:
                (make(),) in {}
        except TypeError as e:
            print(action, "TypeError:", e)


# Without __eq__ and __hash__: hashed and compared by identity, alone or in tuples.
class Plain:
    pass


a, b = Plain(), Plain()
ids = {(a, 1): "a", (b, 1): "b", a: "bare"}
print(len(ids), ids[(a, 1)], ids[(b, 1)], ids[a], (Plain(), 1) in ids, (a, 1) == (a, 1), (a,) == (b,))
print(len({a, a, b, (a,), (a,)}), hash(a) == hash(a), hash((a,)) == hash((a,)))


# The order CPython calls __hash__ and __eq__ in: the tuple's items' hashes, then == item by item.
class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        print("  hash", self.name)
        return self.h

    def __eq__(self, o):
        print("  eq", self.name, o.name)
        return isinstance(o, Key) and self.name == o.name


print("store")
k = {(Key("a", 1), Key("b", 2)): 1}
print("lookup")
print(k[(Key("a", 1), Key("b", 2))])
print("miss")
print((Key("a", 1), Key("c", 2)) in k)
print("compare")
print((Key("x", 0), Key("y", 0)) == (Key("x", 0), Key("z", 0)))
print([Key("x", 0)] == [Key("x", 0), Key("y", 0)])
print("hash")
print(hash((Key("p", 5), (Key("q", 6),))) == hash((5, (6,))))
