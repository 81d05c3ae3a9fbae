# len() of a module-level tuple inside the window: a C call between load and store.
import threading

count = 0
step = (1,)


def worker():
    global count
    for _ in range(100):
        count = count + len(step)


threads = [threading.Thread(target=worker) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 500, count
