# import sys + sys.setswitchinterval to make the GIL change hands more often.
import sys
import threading

sys.setswitchinterval(0.0001)
count = 0


def worker():
    global count
    for _ in range(100):
        count += 1


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 400, count
