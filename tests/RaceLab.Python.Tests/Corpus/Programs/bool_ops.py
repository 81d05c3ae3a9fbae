# and / or / not in conditions inside the worker's loop.
import threading

count = 0
enabled = True


def worker():
    global count
    for i in range(40):
        if enabled and not i % 4 == 0 or i == 0:
            count += 1
        done = i > 30 and i < 35 or not enabled


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 2 * 31, count
