# A 1 ms switch interval: more hand-offs per second, 5 threads x 400,000 inline increments.
import sys
import threading

sys.setswitchinterval(0.001)
count = 0


def worker():
    global count
    for _ in range(400000):
        count += 1


threads = [threading.Thread(target=worker) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"count = {count}")
assert count == 400000 * 5, count
