# early returns between acquire/release and inside with lock:, if/elif/else with continue
import threading
from threading import Thread, Lock

balance = 500
lock = Lock()
log = []


def withdraw(amount, limit=0):
    global balance
    lock.acquire()
    if balance - amount < limit:
        lock.release()
        return False
    balance -= amount
    lock.release()
    return True


def deposit(amount):
    global balance
    with lock:
        if amount <= 0:
            return None
        balance += amount
        return balance


def worker(n):
    ok = 0
    for i in range(n):
        if withdraw(3, limit=-10):
            ok += 1
        elif deposit(2) is None:
            log.append(i)
        else:
            continue
    return ok


ts = [Thread(target=worker, args=(200,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("balance", balance, len(log), sep=": ", end="\n")
assert balance >= -10, balance
