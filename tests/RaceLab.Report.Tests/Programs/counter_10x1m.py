# The size of the note's experiment: 10 threads x 1,000,000 increments through a helper function.
import threading

count = 0


def incr():
    global count
    count += 1


def worker():
    for _ in range(1000000):
        incr()


threads = [threading.Thread(target=worker) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("count =", count)
assert count == 10000000, count
