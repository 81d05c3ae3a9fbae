# Two threads, two increments each: small enough to explore every interleaving.
import threading

count = 0


def worker():
    global count
    for _ in range(2):
        count += 1


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(count)
