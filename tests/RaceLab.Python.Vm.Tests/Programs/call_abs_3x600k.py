# A builtin C call inside the window: count = count + abs(1), 3 threads x 600,000.
import threading

count = 0


def worker():
    global count
    for _ in range(600000):
        count = count + abs(1)


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"count = {count}")
assert count == 600000 * 3, count
