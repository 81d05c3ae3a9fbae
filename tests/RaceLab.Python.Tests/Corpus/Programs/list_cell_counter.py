# A counter kept in a list cell (counter[0] += 1) instead of a global statement.
import threading

counter = [0]


def worker():
    for _ in range(100):
        counter[0] += 1


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {counter[0]}")
assert counter[0] == 300, counter
