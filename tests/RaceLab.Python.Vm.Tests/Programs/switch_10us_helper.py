# A 10 us switch interval with the helper-function counter, 4 threads x 300,000.
import sys
import threading

sys.setswitchinterval(1e-5)
count = 0


def incr():
    global count
    count += 1


def worker():
    for _ in range(300000):
        incr()


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"count = {count}")
assert count == 300000 * 4, count
