# Attribute access: threading.current_thread().name, t.name and lock.locked().
import threading

count = 0
lock = threading.Lock()
names = []


def worker():
    global count
    names.append(threading.current_thread().name)
    for _ in range(10):
        lock.acquire()
        count += 1
        lock.release()


threads = [threading.Thread(target=worker, name=f"worker-{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(names), threads[0].name, lock.locked())
print(f"count = {count}")
assert count == 30, count
