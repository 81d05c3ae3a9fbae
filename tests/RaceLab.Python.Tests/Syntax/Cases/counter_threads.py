import threading
import sys
from threading import Thread, Lock

count = 0
lock = threading.Lock()
sys.setswitchinterval(0.005)


def worker(n, step=1):
    global count
    for _ in range(n):
        count += step


def locked_worker(n):
    global count
    for i in range(n):
        with lock:
            count = count + 1


threads = [threading.Thread(target=worker, args=(1_000_000,)) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"Value of count incremented 1000000 times by 10 threads is {count}")
assert count == 1000000 * 10, count
