# The increment lives in a helper function that the worker calls in its loop.
import threading

count = 0


def incr():
    global count
    count += 1


def worker():
    for _ in range(100):
        incr()


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"Value of count incremented 100 times by 4 threads is {count}")
assert count == 100 * 4, count
