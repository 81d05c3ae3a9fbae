# A while loop with a local index, 10 threads x 300,000: the loop's own jumps are the
# only check points on 3.10+, and they lie outside the window.
import threading

count = 0


def worker():
    global count
    i = 0
    while i < 300000:
        count += 1
        i += 1


threads = [threading.Thread(target=worker) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"count = {count}")
assert count == 300000 * 10, count
