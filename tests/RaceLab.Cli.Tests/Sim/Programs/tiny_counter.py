import threading

count = 0


def worker():
    global count
    for _ in range(500000):
        count += 1


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"count = {count}")
assert count == 500000 * 4, count
