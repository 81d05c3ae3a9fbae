# The counter is bumped only when i % 2 == 0: 4 threads x 600,000 iterations,
# 300,000 increments each.
import threading

evens = 0


def worker():
    global evens
    for i in range(600000):
        if i % 2 == 0:
            evens += 1


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"evens = {evens}")
assert evens == 300000 * 4, evens
