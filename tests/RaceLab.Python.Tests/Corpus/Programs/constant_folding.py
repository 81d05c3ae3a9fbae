# Constant folding: 1000000 * 10, -5, 7 // 2 % 3, tuple concatenation and a folded tuple in the assert.
import threading

count = 0
expected = 10 * 10


def worker():
    global count
    for _ in range(10 * 1):
        count += 1


threads = [threading.Thread(target=worker) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(1000000 * 10, -5, (1, 2) + (3,), 7 // 2 % 3)
print(f"count = {count}")
assert count == expected, (count, 1000000 * 10)
