# list.append is a single C call: the length of the results list counts safely.
import threading

results = []


def worker():
    for i in range(100):
        results.append(i)


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(results)
print(f"count = {count}")
assert count == 400, count
