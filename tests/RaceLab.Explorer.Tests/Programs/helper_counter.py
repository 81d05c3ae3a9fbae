import threading

count = 0


def incr():
    global count
    count += 1


def worker():
    for _ in range(1000000):
        incr()


threads = [threading.Thread(target=worker) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("count is", count)
assert count == 1000000 * 10, count
