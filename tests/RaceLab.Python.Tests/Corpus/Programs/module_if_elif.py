# Module-level if/elif/else choosing the thread count, and a module-level with lock.
import sys
import threading

count = 0
lock = threading.Lock()
if sys.version_info >= (3, 11):
    n_threads = 4
elif sys.version_info >= (3, 10):
    n_threads = 3
else:
    n_threads = 2


def worker():
    global count
    for _ in range(10):
        with lock:
            count += 1


threads = [threading.Thread(target=worker) for _ in range(n_threads)]
for t in threads:
    t.start()
for t in threads:
    t.join()
with lock:
    final = count
print(f"count = {final}")
assert final == 10 * n_threads, final
