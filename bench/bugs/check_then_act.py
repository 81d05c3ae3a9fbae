# Check-then-act: both withdrawals see enough money, then both take it.
import threading

balance = 10


def withdraw():
    global balance
    if balance >= 10:
        balance = balance - 10


threads = [threading.Thread(target=withdraw) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert balance >= 0, balance
