# Four threads ask an lru_cache for the same key while the first is still computing it: a miss calls the
# function holding no lock, so every thread that misses computes the value too (printed: the computations).
import threading
from functools import lru_cache

computed = []


@lru_cache(maxsize=None)
def expensive(n):
    computed.append(n)
    total = 0
    for i in range(2_000_000):
        total += i
    return total + n


def worker():
    expensive(7)


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(expensive.cache_info())
print("computed", len(computed))
assert len(computed) == 1, len(computed)
