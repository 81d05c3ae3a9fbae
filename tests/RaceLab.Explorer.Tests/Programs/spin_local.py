import threading

count = 0


def worker():
    global count
    count += 1
    while True:
        pass


t = threading.Thread(target=worker)
t.start()
t.join()
