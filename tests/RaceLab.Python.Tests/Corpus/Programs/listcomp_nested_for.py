# A comprehension with two for clauses and a condition, at module level and in a function.
import threading

pairs = [(i, j) for i in range(3) for j in range(3) if i != j]
count = 0


def worker(rows):
    global count
    cells = [r * c for r in range(rows) for c in range(rows) if r + c > 0]
    for _ in cells:
        count += 1


threads = [threading.Thread(target=worker, args=(4,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(pairs))
print(f"count = {count}")
assert count == 2 * 15, count
