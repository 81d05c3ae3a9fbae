# `from threading import Thread, Lock` instead of the module attribute.
from threading import Lock, Thread

count = 0
lock = Lock()


def worker():
    global count
    for _ in range(100):
        with lock:
            count += 1


threads = [Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 400, count
