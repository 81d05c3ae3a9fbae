# Counting with results.append(1): one C call per update, so nothing is lost; 5 x 300,000.
import threading

results = []


def worker():
    for _ in range(300000):
        results.append(1)


threads = [threading.Thread(target=worker) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()

count = len(results)
print(f"count = {count}")
assert count == 300000 * 5, count
