# A while loop on a shared flag: threads run until a global target is reached.
import threading

count = 0
target = 200
running = True


def worker():
    global count, running
    while running:
        count += 1
        if count >= target:
            running = False


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count >= target, count
