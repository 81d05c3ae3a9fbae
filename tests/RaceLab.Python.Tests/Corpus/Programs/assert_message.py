# assert with a message: the counter shown when the check fails.
import threading

count = 0


def worker():
    global count
    for _ in range(100):
        count += 1


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 200, "lost updates: " + str(count)
