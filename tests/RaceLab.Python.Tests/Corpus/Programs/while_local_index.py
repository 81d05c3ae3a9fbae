# A while loop with a local index instead of for/range.
import threading

count = 0


def worker():
    global count
    i = 0
    while i < 100:
        count += 1
        i += 1


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 400, count
