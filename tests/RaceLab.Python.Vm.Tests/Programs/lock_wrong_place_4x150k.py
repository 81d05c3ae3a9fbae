# The lock guards only the read: the write happens after the with block has called
# lock.__exit__, a call inside the read-modify-write window. 4 threads x 150,000.
import threading

count = 0
lock = threading.Lock()


def worker():
    global count
    for _ in range(150000):
        with lock:
            current = count
        count = current + 1


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"count = {count}")
assert count == 150000 * 4, count
