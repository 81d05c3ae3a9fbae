# Missed wake-up: the consumer checks `ready`, the producer sets it and signals nobody (no one waits yet),
# then the consumer waits on a signal that never comes. A lock held from the start is the semaphore.
import threading

ready = False
waiting = False
signal = threading.Lock()
signal.acquire()


def consumer():
    global waiting
    if not ready:
        waiting = True
        signal.acquire()


def producer():
    global ready
    ready = True
    if waiting:
        signal.release()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
