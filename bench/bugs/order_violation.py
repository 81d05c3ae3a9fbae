# Order violation: the worker assumes the main thread set `config` before it reads it.
import threading

config = None
seen = []


def worker():
    total = 0
    for i in range(5):
        total += i
    seen.append(config)


t = threading.Thread(target=worker)
t.start()
config = 1
t.join()
assert seen[0] == 1, seen
