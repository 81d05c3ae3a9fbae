# Lost update across a call: `count = count + one()` leaves the load and the store on either side of a call.
import threading

count = 0


def one():
    return 1


def worker():
    global count
    for _ in range(3):
        count = count + one()


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert count == 6, count
