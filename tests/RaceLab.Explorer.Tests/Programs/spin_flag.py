import threading

ready = False
count = 0


def worker():
    global count
    while not ready:
        pass
    count += 1


t = threading.Thread(target=worker)
t.start()
ready = True
t.join()
print(count)
