# Two globals updated in one loop: hits += 1 and total = total + 2, 4 threads x 250,000.
import threading

hits = 0
total = 0


def worker():
    global hits, total
    for _ in range(250000):
        hits += 1
        total = total + 2


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"hits = {hits}")
print(f"total = {total}")
assert hits == 1000000 and total == 2000000, (hits, total)
