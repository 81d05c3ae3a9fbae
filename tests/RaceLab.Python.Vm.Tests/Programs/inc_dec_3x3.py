# Three threads add and three subtract 300,000 times: a safe balance ends at 0.
import threading

balance = 0


def deposit():
    global balance
    for _ in range(300000):
        balance += 1


def withdraw():
    global balance
    for _ in range(300000):
        balance -= 1


threads = []
for _ in range(3):
    threads.append(threading.Thread(target=deposit))
    threads.append(threading.Thread(target=withdraw))
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"balance = {balance}")
assert balance == 0, balance
