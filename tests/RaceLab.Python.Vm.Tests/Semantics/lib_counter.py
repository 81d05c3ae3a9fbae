# collections.Counter (Python in CPython, a dict subclass): counting, missing keys count zero, update and
# subtract, most_common, elements, total (3.10+), arithmetic, equality (3.10+ ignores zero counts), repr;
# then misuse: fromkeys, an unhashable element, and a counter of unorderable counts.
import sys
from collections import Counter

letters = Counter("abracadabra")
print(letters, len(letters), letters["a"], letters["z"], "z" in letters, len(letters))
print(letters.most_common(), letters.most_common(2), letters.most_common(0))
print(sorted(letters.elements()), isinstance(letters, dict), type(letters).__name__)

words = Counter()
for word in "to be or not to be".split():
    words[word] += 1
print(words, words["to"], dict(words))
words.update(["be", "be", "it"])
words.update({"or": 5})
words.update(not_=1)
print(words)
words.subtract(["to", "to", "to"])
print(words, words["to"])
if sys.version_info >= (3, 10):
    print("total", words.total())
else:
    print("total", sum(words.values()))

print(Counter(a=3, b=1) + Counter(a=1, b=2, c=4), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
grow = Counter(x=1)
grow += Counter(x=2, y=-5)
print(grow, Counter(), Counter({"k": 0}), Counter(k=-1))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter(a=2) != Counter(a=1))
snapshot = letters.copy()
del snapshot["a"]
del snapshot["never"]
print(snapshot, type(snapshot).__name__, "a" in letters)
print(Counter(n % 3 for n in range(10)))
mixed = Counter(a=1, b="x")
print(mixed)

try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Counter([[1], [2]])
except TypeError as e:
    print("TypeError:", e)
print(letters.most_common(-1))
words["to"] += "x"
