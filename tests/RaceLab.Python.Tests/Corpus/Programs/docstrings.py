"""A counter demo with docstrings on the module and the functions."""
import threading

count = 0


def incr():
    """Add one to the shared counter (not atomic)."""
    global count
    count += 1


def worker(times):
    """Call incr() `times` times."""
    for _ in range(times):
        incr()
    return


threads = [threading.Thread(target=worker, args=(20,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 40, count
