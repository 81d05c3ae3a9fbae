# A nested function that closes over the outer function's local (a cell variable).
import threading

count = 0


def make_worker(times):
    def worker():
        global count
        for _ in range(times):
            count += 1

    return worker


threads = [threading.Thread(target=make_worker(50)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 200, count
