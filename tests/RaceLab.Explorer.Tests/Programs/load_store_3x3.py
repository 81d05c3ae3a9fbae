import threading

count = 0


def worker():
    global count
    for _ in range(3):
        value = count
        count = value + 1


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count)
