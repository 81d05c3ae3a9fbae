# nonlocal: each worker counts in the enclosing function's variable, then adds it once.
import threading

count = 0


def worker():
    global count
    local = 0

    def bump():
        nonlocal local
        local += 1

    for _ in range(100):
        bump()
    count += local


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 400, count
