# A builtin call (abs) inside the read-modify-write window of count.
import threading

count = 0


def worker():
    global count
    for _ in range(100):
        count = count + abs(-1)


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 200, count
