# Built-ins calling Python functions: key=, map, filter, and draining generators.
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: len(w), reverse=True))


def last_letter(word):
    print("key of", word)
    return word[-1]


print(sorted(words, key=last_letter))
print(min(words, key=last_letter), max(words, key=lambda w: w[1]))
print(max(3, 7, 5, key=lambda n: -n))
print(min([], key=lambda n: n, default="empty"))
items = [5, 3, 8, 1]
items.sort(key=lambda n: n % 4)
print(items)
items.sort(key=lambda n: -n, reverse=True)
print(items)
print(list(map(lambda n: n * 10, [1, 2, 3])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
print(list(filter(lambda n: n % 2, range(7))))
print(sum(map(lambda n: n * n, range(4))))


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


pairs = [Pair(3, 4), Pair(1, 1), Pair(2, 9)]
print([p.total() for p in sorted(pairs, key=Pair.total)])
print(max(pairs, key=lambda p: p.b).a)


def squares(n):
    for i in range(n):
        yield i * i


print(list(map(str, squares(4))))
print(list(filter(lambda n: n > 2, squares(4))))
print(sorted(squares(4), key=lambda n: -n))
acc = []
acc.extend(squares(3))
print(acc)
print(list(enumerate(squares(3))), list(zip(squares(2), "xy")))


def failing_key(n):
    if n == 2:
        raise ValueError("no key for 2")
    return n


try:
    sorted([1, 2, 3], key=failing_key)
except ValueError as e:
    print("error:", e)
