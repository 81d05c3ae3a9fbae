# The helper takes the lock; the worker passes it a keyword argument.
import threading

count = 0
lock = threading.Lock()


def add(amount, guard=None):
    global count
    if guard is None:
        count += amount
        return False
    with guard:
        count += amount
    return True


def worker():
    for _ in range(50):
        add(1, guard=lock)


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 200, count
