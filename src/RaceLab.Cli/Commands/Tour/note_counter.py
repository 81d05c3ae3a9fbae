# The note's program: 10 threads each add 1 to a global counter a million times.
import threading

count = 0


def increment():
    global count
    for _ in range(1000000):
        count += 1


threads = [threading.Thread(target=increment) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"Value of count incremented 1000000 times by 10 threads is {count}")
assert count == 1000000 * 10, count
