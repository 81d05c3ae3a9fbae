# Builtins max, min, isinstance and int around a shared high-water mark.
import threading

peak = 0
count = 0


def worker(limit):
    global peak, count
    for i in range(limit):
        count += 1
        peak = max(peak, i)
    low = min(limit, 5)
    if isinstance(low, int):
        count += int("0")


threads = [threading.Thread(target=worker, args=(n,)) for n in (10, 20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"peak = {peak}")
print(f"count = {count}")
assert count == 30 and peak == 19, (count, peak)
