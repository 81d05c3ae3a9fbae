# The lock taken and given back explicitly with acquire() and release().
import threading

count = 0
lock = threading.Lock()


def worker():
    global count
    for _ in range(100):
        lock.acquire()
        count += 1
        lock.release()


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 400, count
