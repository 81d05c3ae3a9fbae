# while True with a break when the local counter reaches its limit.
import threading

count = 0


def worker():
    global count
    n = 0
    while True:
        if n == 50:
            break
        count += 1
        n += 1


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 100, count
