# Several threads started with args=(...) carrying different amounts.
import threading

count = 0


def worker(times, amount):
    global count
    for _ in range(times):
        count += amount


threads = []
for k in range(1, 4):
    threads.append(threading.Thread(target=worker, args=(10, k)))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 10 * (1 + 2 + 3), count
