# Chained assignment: hits = misses = 0 at module level and inside the worker.
import threading

hits = misses = 0


def worker():
    global hits, misses
    first = last = 0
    for i in range(20):
        if i % 4 == 0:
            misses += 1
        else:
            hits += 1
        last = first = i
    hits = hits + last - first


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {hits + misses}")
assert hits == 30 and misses == 10, (hits, misses)
