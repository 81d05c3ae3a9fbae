# Nested for loops with break and continue in the inner loop.
import threading

count = 0


def worker():
    global count
    for i in range(5):
        for j in range(10):
            if j == i:
                continue
            if j > 7:
                break
            count += 1


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 2 * 35, count
