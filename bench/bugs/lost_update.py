# Lost update: two threads bump a global with `count += 1` (load, add, store).
import threading

count = 0


def worker():
    global count
    for _ in range(3):
        count += 1


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert count == 6, count
