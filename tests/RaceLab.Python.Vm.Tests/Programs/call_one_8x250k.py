# A Python function call inside the window: count = count + one(), 8 threads x 250,000.
import threading

count = 0


def one():
    return 1


def worker():
    global count
    for _ in range(250000):
        count = count + one()


threads = [threading.Thread(target=worker) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"count = {count}")
assert count == 250000 * 8, count
