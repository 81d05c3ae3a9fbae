# Module-level list comprehensions build and start the threads.
import threading

count = 0


def worker():
    global count
    for _ in range(100):
        count += 1


threads = [threading.Thread(target=worker) for _ in range(4)]
started = [t.start() for t in threads]
finished = [t.join() for t in threads]
print(f"count = {count}")
assert count == 400, count
