# Four threads count into one key of a shared collections.Counter (c[key] += 1).
import threading
from collections import Counter

counts = Counter()


def work(key):
    for _ in range(300_000):
        counts[key] += 1


threads = [threading.Thread(target=work, args=("hits",)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("hits", counts["hits"])
assert counts["hits"] == 1_200_000, counts["hits"]
