# The built-in types as values: printed, compared, called, stored and used as keys, never confused with 0,
# 0.0, False or None.
from collections import defaultdict

print(int, float, bool, type(None), str, list)
print(type(5), type(5.0), type(True), type(None) is type(None))
print(int == 0, float == 0.0, bool == False, int is type(0), type(False) is bool)
print(callable(int), callable(0), callable(float), callable(0.0), callable(None))
print([int, float, bool, 0, 0.0, False, None])
kinds = {int: "int", float: "float", bool: "bool", 0: "zero"}
print(len(kinds), kinds[int], kinds[0], kinds[False], kinds[0.0])
print(int("12") + float("0.5"), bool(0), bool(int))
counts = defaultdict(int)
counts["a"] += 1
print(counts, counts.default_factory, counts.default_factory is int)
if int:
    print("a type is true")
print(isinstance(3, int), isinstance(int, type), issubclass(bool, int))
print(repr(int), str(float), f"{bool}", "%s" % (int,))


class Base:
    pass


class Derived(Base):
    pass


print(issubclass(Derived, Base), issubclass(Base, Derived), issubclass(Derived, (int, Base)), issubclass(Derived, object))
for bad in [(3, int), (int, 3)]:
    try:
        issubclass(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1, 3)
except TypeError as e:
    print("TypeError:", e)
