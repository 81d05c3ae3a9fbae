# A function local used by both a nested function and a comprehension (a cell variable
# that the comprehension reads).
import threading

count = 0


def make_workers(n, step):
    def worker():
        global count
        for _ in range(10):
            count += step

    plan = [step * k for k in range(n) if k >= 0]
    return [threading.Thread(target=worker) for _ in plan]


threads = make_workers(3, 2)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 3 * 10 * 2, count
