# Four threads add 1 to a global 500,000 times each: loses updates on 3.9 and free-threaded, not on 3.10-3.13.
import threading

count = 0


def worker():
    global count
    for _ in range(500000):
        count += 1


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("count =", count)
assert count == 2000000, count
