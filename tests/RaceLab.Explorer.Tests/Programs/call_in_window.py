import threading

count = 0


def one():
    return 1


def worker():
    global count
    for _ in range(1000000):
        count = count + one()


threads = []
for _ in range(10):
    t = threading.Thread(target=worker)
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(count)
