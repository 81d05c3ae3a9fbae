# Two globals updated in the same loop: each can lose updates independently.
import threading

hits = 0
misses = 0


def worker():
    global hits, misses
    for i in range(40):
        hits += 1
        misses = misses + 2


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"hits = {hits}, misses = {misses}")
print(f"count = {hits + misses}")
assert hits == 80 and misses == 160, (hits, misses)
