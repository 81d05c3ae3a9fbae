# The safe counter: with lock: count += 1, 4 threads x 250,000.
import threading

count = 0
lock = threading.Lock()


def worker():
    global count
    for _ in range(250000):
        with lock:
            count += 1


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"count = {count}")
assert count == 250000 * 4, count
