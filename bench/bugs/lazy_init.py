# Lazy initialisation: two threads both find the instance missing and both create it.
import threading

instance = None
created = 0


def get():
    global instance, created
    if instance is None:
        created += 1
        instance = [created]
    return instance


def worker():
    get()


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert created == 1, created
