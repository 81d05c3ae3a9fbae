# Threads that add and threads that subtract: a safe balance ends at zero.
import threading

balance = 0


def deposit():
    global balance
    for _ in range(50):
        balance += 1


def withdraw():
    global balance
    for _ in range(50):
        balance -= 1


threads = []
for _ in range(2):
    threads.append(threading.Thread(target=deposit))
    threads.append(threading.Thread(target=withdraw))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"balance = {balance}")
assert balance == 0, balance
