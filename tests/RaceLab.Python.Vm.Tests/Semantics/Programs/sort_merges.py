# list.sort and sorted over objects whose __lt__ is Python code, on lists long enough (64 items and more) for
# timsort to merge runs and gallop: the number and order of the comparisons it asks differ by release
# (merge_collapse before 3.11, powersort from 3.11; count_run changed in 3.13).


class Key:
    asked = []

    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __lt__(self, other):
        Key.asked.append((self.tag, other.tag))
        return self.k < other.k


def checksum(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 1009 + b) % 2305843009213693951
    return h


def lcg(seed, n, modulo):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % modulo)
    return out


def run(name, keys, reverse=False, use_sorted=False):
    items = [Key(k, i) for i, k in enumerate(keys)]
    Key.asked = []
    if use_sorted:
        result = sorted(items, reverse=reverse)
    else:
        result = list(items)
        result.sort(reverse=reverse)
    print(name, len(keys), "items:", len(Key.asked), "comparisons, checksum", checksum(Key.asked))
    print("  first tags", [x.tag for x in result[:8]], "last tags", [x.tag for x in result[-8:]])


run("random", lcg(7, 200, 1000))
run("few distinct", lcg(11, 300, 5))
run("ascending runs", [i % 37 for i in range(250)])
run("descending then ascending", list(range(120, 0, -1)) + list(range(90)))
run("sawtooth", [(i * 7) % 64 + (i // 64) * 3 for i in range(320)], reverse=True)
run("sorted()", lcg(3, 150, 40), use_sorted=True)
run("galloping", list(range(0, 400, 2)) + list(range(1, 100, 2)) + list(range(300, 320)))


class Fickle:
    # Not an order at all: the answer alternates. CPython still sorts (the result is some permutation), and
    # which one depends on exactly which questions it asks.
    n = 0

    def __init__(self, tag):
        self.tag = tag

    def __lt__(self, other):
        Fickle.n += 1
        return (Fickle.n * 7 + self.tag) % 3 == 0


fickle = [Fickle(i) for i in range(130)]
fickle.sort()
print("fickle:", Fickle.n, "comparisons", [f.tag for f in fickle[:12]], [f.tag for f in fickle[-12:]])
