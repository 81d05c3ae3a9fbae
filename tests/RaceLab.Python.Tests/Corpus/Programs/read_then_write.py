# The read and the write in separate statements with a local in between: a wide window.
import threading

count = 0


def worker():
    global count
    for _ in range(100):
        current = count
        current = current + 1
        count = current


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 200, count
