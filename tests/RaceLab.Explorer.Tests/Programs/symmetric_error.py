import threading

count = 0


def worker():
    global count
    value = count
    count = value + 1
    return 1 // (1 - value)


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
