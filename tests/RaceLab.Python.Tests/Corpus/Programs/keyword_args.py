# Keyword arguments: Thread(target=..., args=..., name=...) and print(sep=..., end=...).
import threading

count = 0


def worker(times, step):
    global count
    for _ in range(times):
        count += step


threads = [threading.Thread(target=worker, args=(10, 2), kwargs=None, daemon=False) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("count", count, sep=" = ", end="\n")
assert count == 60, count
