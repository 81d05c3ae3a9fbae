# Default argument values on the worker and the helper.
import threading

count = 0


def add(amount=1):
    global count
    count += amount


def worker(times=25, amount=2):
    for _ in range(times):
        add(amount)
    add()


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 4 * (25 * 2 + 1), count
