# pass in an empty function body, an else branch and a loop body.
import threading

count = 0


def idle():
    pass


def worker():
    global count
    for i in range(20):
        if i % 2:
            count += 1
        else:
            pass
    for _ in range(3):
        pass
    idle()


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 20, count
