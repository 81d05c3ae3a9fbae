# Helpers that return values: the new count is computed by a function and stored by the caller.
import threading

count = 0


def next_value(current):
    return current + 1


def twice(x):
    if x < 0:
        return 0
    return x * 2


def worker():
    global count
    for _ in range(50):
        count = next_value(count)


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(twice(count))
print(f"count = {count}")
assert count == 100, count
