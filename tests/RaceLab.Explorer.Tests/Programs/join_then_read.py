import threading

count = 0


def worker():
    global count
    value = count
    count = value + 1


first = threading.Thread(target=worker)
second = threading.Thread(target=worker)
first.start()
second.start()
first.join()
print(count)
second.join()
print(count)
