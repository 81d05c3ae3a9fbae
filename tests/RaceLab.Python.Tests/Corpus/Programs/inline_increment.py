# The note's counter with `count += 1` written inline in the worker's loop.
import threading

count = 0


def worker():
    global count
    for _ in range(100):
        count += 1


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"count = {count}")
assert count == 100 * 4, count
