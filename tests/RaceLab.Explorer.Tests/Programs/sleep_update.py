# Read, sleep, write back: time.sleep releases the GIL inside the read-modify-write window.
import threading
import time

balance = 0


def deposit():
    global balance
    current = balance
    time.sleep(0.001)
    balance = current + 10


threads = [threading.Thread(target=deposit) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(balance)
