# Atomicity violation on a list: both consumers see one item left, both pop it; the second raises.
import threading

items = [1]


def consume():
    if len(items) > 0:
        items.pop()


threads = [threading.Thread(target=consume) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
