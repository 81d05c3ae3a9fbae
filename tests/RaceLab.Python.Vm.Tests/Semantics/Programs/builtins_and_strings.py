# enumerate, zip, map, filter, reversed, any, all, min/max with key= and default=, hash, isinstance with tuples,
# sum with start, and the str methods programs print with
import threading

words = ["delta", "alpha", "charlie", "bravo"]
for i, w in enumerate(words):
    print(i, w)
for i, w in enumerate(words, start=10):
    print(i, w.upper())
print(list(zip(words, range(3))), list(zip("ab", "xyz", (1, 2))))
print(list(map(len, words)), list(map(str, range(4))), list(filter(None, [0, 1, "", "a", None, 2])))
print(list(reversed(words)), list(reversed(range(4))), list(reversed("abc")))
print(any([]), any([0, "", 3]), all([]), all([1, 0]), all([1, 2]))
print(max(words, key=len), min(words, key=len), max([-7, 3, -2], key=abs), min([], default="none"), max(3, 9, 4))
print(hash(42), hash(-1), hash((1, 2)) == hash((1, 2)), hash(True), isinstance(3, (str, int)), isinstance("x", (list, tuple)))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.5, 0.25], 1))
print(", ".join(words), "-".join(map(str, [1, 2])))
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("ab", "cd"), "{name}: {value:>6.2f}".format(name="pi", value=3.14159))
print("{!r} and {:05d} and {:<4}|".format("q", 42, "x"))
print("a b  c".split(), "a,b,,c".split(","), "  padded  ".strip(), "xxhixx".strip("x"), "MiXeD".lower(), "MiXeD".upper())
print("counter".startswith("count"), "counter".endswith(("er", "zz")), "a-b-c".replace("-", "+"), "abc".startswith(("x", "a")))
try:
    ", ".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1: 2})
except TypeError as e:
    print("TypeError:", e)

results = []
lock = threading.Lock()


def work(name, values):
    for i, v in enumerate(values):
        with lock:
            results.append("{}:{}".format(name, v * i))


threads = [threading.Thread(target=work, args=(n, range(3))) for n in ["a", "b"]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), len(results))
