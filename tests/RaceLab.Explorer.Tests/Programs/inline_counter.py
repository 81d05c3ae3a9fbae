import threading

count = 0


def worker():
    global count
    for _ in range(1000000):
        count += 1


threads = []
for _ in range(10):
    t = threading.Thread(target=worker)
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print("Value of count incremented 1000000 times by 10 threads is", count)
assert count == 1000000 * 10, count
