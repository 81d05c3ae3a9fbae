# Each thread counts in its own threading.local, sleeping inside its read-modify-write; only the merge is shared.
import threading
import time

data = threading.local()
lock = threading.Lock()
total = 0


def tally():
    global total
    data.n = 0
    for _ in range(2):
        seen = data.n
        time.sleep(0.001)
        data.n = seen + 1
    with lock:
        total += data.n


threads = [threading.Thread(target=tally) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
