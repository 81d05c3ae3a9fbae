# Shared-state shapes beyond globals: attribute and item read-modify-writes, check-then-act, dict.get, private locals.
import threading

cache = {}
counts = {}


class Lazy:
    def __init__(self):
        self.x = None
        self.n = 0

    def get(self):
        if self.x is None:
            self.x = make()
        return self.x

    def step(self):
        return 1

    def increment(self):
        self.n += 1

    def bump(self):
        self.n = self.n + self.step()


def make():
    return [1]


def fill(key):
    if key not in cache:
        cache[key] = make()


def tally(key):
    counts[key] = counts.get(key, 0) + 1


def local_only(items):
    seen = {}
    for item in items:
        seen[item] = seen.get(item, 0) + 1
    total = []
    total.append(1)
    return len(seen)


def leaks(out):
    mine = {}
    mine["a"] = mine.get("a", 0) + 1
    out.append(mine)


def add(key):
    counts[key] += 1
