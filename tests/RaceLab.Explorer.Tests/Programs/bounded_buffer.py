# A correct bounded buffer: a Condition, waits in while loops, notify_all.
import threading

items = []
cond = threading.Condition()
received = []


def put(item):
    with cond:
        while len(items) >= 1:
            cond.wait()
        items.append(item)
        cond.notify_all()


def get():
    with cond:
        while not items:
            cond.wait()
        item = items.pop(0)
        cond.notify_all()
        return item


def producer():
    put(1)
    put(2)


def consumer():
    received.append(get())
    received.append(get())


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print(received)
