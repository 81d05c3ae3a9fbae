# A Python function call between the load and the store of the global.
import threading

count = 0


def one():
    return 1


def worker():
    global count
    for _ in range(100):
        count = count + one()


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 300, count
