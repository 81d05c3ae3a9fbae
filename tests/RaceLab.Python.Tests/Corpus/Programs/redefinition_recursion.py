# module-level global statement, recursion, a function defined twice, closures with defaults in a loop
import threading
from threading import Thread, Lock

global counter
counter = 0
max_seen = 0


def recurse(n):
    if n <= 0:
        return 0
    return n + recurse(n - 1)


def helper():
    pass


def helper():
    """Second definition wins."""
    global counter, max_seen
    counter += 1
    max_seen = max(max_seen, counter)


def loop_closures(n):
    out = []
    for i in range(n):
        def get(i=i):
            return i * 2
        out.append(get())
    return out


threads = [Thread(target=helper) for _ in range(5)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(recurse(10), counter, max_seen, loop_closures(3))
