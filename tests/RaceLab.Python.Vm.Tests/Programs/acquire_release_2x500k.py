# The lock taken with acquire() and given back with release(), 2 threads x 500,000.
import threading

count = 0
lock = threading.Lock()


def worker():
    global count
    for _ in range(500000):
        lock.acquire()
        count += 1
        lock.release()


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"count = {count}")
assert count == 500000 * 2, count
