# assert without a message, inside a function and at module level.
import threading

count = 0


def check(expected):
    assert count == expected


def worker():
    global count
    for _ in range(100):
        count += 1


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
check(200)
print(f"count = {count}")
assert count == 200
