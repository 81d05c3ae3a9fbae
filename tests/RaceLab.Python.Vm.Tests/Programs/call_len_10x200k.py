# len() of a tuple inside the window: count = count + len(t), 10 threads x 200,000.
import threading

count = 0
t = (1,)


def worker():
    global count
    for _ in range(200000):
        count = count + len(t)


threads = [threading.Thread(target=worker) for _ in range(10)]
for th in threads:
    th.start()
for th in threads:
    th.join()

print(f"count = {count}")
assert count == 200000 * 10, count
