# The usual fix without a lock: sum in a local, add to the global once under the lock.
import threading

count = 0
lock = threading.Lock()


def worker(times):
    global count
    local = 0
    for _ in range(times):
        local += 1
    with lock:
        count += local


threads = [threading.Thread(target=worker, args=(100,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 400, count
