import threading

count = 0


def worker():
    global count
    i = 0
    while i < 1000000:
        count += 1
        i += 1


threads = []
for _ in range(10):
    t = threading.Thread(target=worker)
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(count)
