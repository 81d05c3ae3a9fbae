# Chained comparisons: 0 <= i < limit and a < b <= c == d.
import threading

count = 0
limit = 25


def worker():
    global count
    for i in range(50):
        if 0 <= i < limit:
            count += 1


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert 0 < count <= 2 * limit == 50, count
