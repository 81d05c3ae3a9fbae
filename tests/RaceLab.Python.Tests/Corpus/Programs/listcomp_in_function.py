# A list comprehension inside a function, with an if clause.
import threading

total = 0


def worker():
    global total
    evens = [i for i in range(20) if i % 2 == 0]
    for e in evens:
        total += e


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"total = {total}")
assert total == 3 * 90, total
