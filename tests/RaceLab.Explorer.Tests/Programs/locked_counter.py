import threading

count = 0
lock = threading.Lock()


def worker():
    global count
    for _ in range(1000000):
        with lock:
            count += 1


threads = []
for _ in range(10):
    t = threading.Thread(target=worker)
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(count)
