# Module-level for and while loops start and join the threads without a comprehension.
import threading

count = 0


def worker():
    global count
    for _ in range(50):
        count += 1


threads = []
i = 0
while i < 3:
    threads.append(threading.Thread(target=worker))
    i += 1
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in range(2):
    if n == 1:
        break
print(f"count = {count}")
assert count == 150, count
