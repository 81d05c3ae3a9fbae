# collections.defaultdict (C in CPython): d[k] on a missing key calls the factory and stores its value; get(),
# `in` and setdefault() do not; repr, default_factory, a dict subclass; a factory that is Python code (a lambda,
# a class) or raises; then misuse: a non-callable factory, an unhashable key, and a missing key with no factory.
import collections
from collections import defaultdict

counts = defaultdict(int)
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(counts)
print(counts["dog"], len(counts), "fish" in counts, counts.get("fish"), counts.get("fish", -1), len(counts))
print(counts.default_factory is int, isinstance(counts, dict), type(counts) is defaultdict, type(counts).__name__)
print(repr(defaultdict), defaultdict is collections.defaultdict)

groups = defaultdict(list)
for n in range(7):
    groups[n % 3].append(n)
print(groups, dict(groups), groups == {0: [0, 3, 6], 1: [1, 4], 2: [2, 5]})

print(defaultdict(set, {"a": {1}}), defaultdict(None), defaultdict())
seeded = defaultdict(list, [("x", [1]), ("y", [])], z=[3])
print(seeded, seeded.setdefault("w", [9]), seeded.pop("x"), sorted(seeded))

made = []


def fresh():
    made.append(len(made))
    return [len(made)]


lazy = defaultdict(fresh)
lazy["a"].append("A")
lazy["a"].append("AA")
lazy["b"]
print(dict(lazy), made, lazy.default_factory is fresh)

tree = defaultdict(lambda: defaultdict(int))
tree["x"]["y"] += 2
tree["x"]["z"] -= 1
print(tree["x"], len(tree), dict(tree["x"]))


class Box:
    def __init__(self):
        self.items = []

    def __repr__(self):
        return f"Box({self.items})"


boxes = defaultdict(Box)
boxes["p"].items.append(1)
print(boxes["p"], len(boxes))

copied = counts.copy()
copied["new"] += 5
print(type(copied).__name__, copied["new"], "new" in counts)
counts.default_factory = None
try:
    counts["elephant"]
except KeyError as e:
    print("KeyError:", e)


def broken():
    raise ValueError("no default")


failing = defaultdict(broken)
try:
    failing["k"]
except ValueError as e:
    print("ValueError:", e, "k" in failing)
try:
    defaultdict(42)
except TypeError as e:
    print("TypeError:", e)
try:
    groups[[1, 2]]
except TypeError as e:
    print("TypeError:", e)
strict = defaultdict(None, {"present": 1})
print(strict["present"])
print(strict["absent"])
