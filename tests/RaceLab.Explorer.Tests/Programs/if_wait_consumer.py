# A consumer that waits with `if` instead of `while`: another thread can take the item between the
# notify and the consumer's wake-up, and the consumer pops from an empty list.
import threading

items = []
cond = threading.Condition()


def consumer():
    with cond:
        if not items:
            cond.wait()
        items.pop()


def thief():
    with cond:
        if items:
            items.pop()


def producer():
    with cond:
        items.append(1)
        cond.notify()


c = threading.Thread(target=consumer)
t = threading.Thread(target=thief)
p = threading.Thread(target=producer)
c.start()
t.start()
p.start()
c.join()
t.join()
p.join()
print(len(items))
