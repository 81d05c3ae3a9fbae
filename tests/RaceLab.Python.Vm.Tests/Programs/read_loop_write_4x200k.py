# A wide window: the global is read into a local, bumped in an inner loop, written back.
# The inner loop's backward jump is a check point on every version. 4 threads x 200,000 x 2.
import threading

count = 0


def worker():
    global count
    for _ in range(200000):
        c = count
        for _ in range(2):
            c += 1
        count = c


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"count = {count}")
assert count == 200000 * 4 * 2, count
