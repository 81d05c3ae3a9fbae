# A tiny switch interval written in exponent notation, read back with getswitchinterval.
import sys
import threading

sys.setswitchinterval(1e-5)
interval = sys.getswitchinterval()
count = 0


def worker():
    global count
    for _ in range(100):
        count = count + 1


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"interval = {interval}")
print(f"count = {count}")
assert count == 300, count
