# Only two threads, but many iterations each: 2 x 2,500,000 inline increments.
import threading

count = 0


def worker():
    global count
    for _ in range(2500000):
        count += 1


a = threading.Thread(target=worker)
b = threading.Thread(target=worker)
a.start()
b.start()
a.join()
b.join()

print(f"count = {count}")
assert count == 2500000 * 2, count
