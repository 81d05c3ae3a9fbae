# The increment in a helper the loop calls: 6 threads x 300,000 calls of incr().
import threading

count = 0


def incr():
    global count
    count += 1


def worker():
    for _ in range(300000):
        incr()


threads = [threading.Thread(target=worker) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"Value of count incremented 300000 times by 6 threads is {count}")
assert count == 300000 * 6, count
