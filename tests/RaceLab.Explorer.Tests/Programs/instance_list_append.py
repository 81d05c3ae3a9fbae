import threading


class Log:
    def __init__(self):
        self.items = []


log = Log()


def worker(n):
    log.items.append(n)


first = threading.Thread(target=worker, args=(1,))
second = threading.Thread(target=worker, args=(2,))
first.start()
second.start()
first.join()
second.join()
order = log.items[0] * 10 + log.items[1]
print(order)
