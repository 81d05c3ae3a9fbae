# Conditional expressions pick the step and the message.
import threading

count = 0


def worker(up):
    global count
    for _ in range(20):
        count += 1 if up else -1


threads = [threading.Thread(target=worker, args=(i % 2 == 0,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
status = "balanced" if count == 0 else "lost updates"
print(status)
print(f"count = {count}")
assert count == 0, count
