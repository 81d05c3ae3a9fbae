# Two accounts, transfers between them from several threads.
import threading
import sys

sys.setswitchinterval(0.005)

accounts = {"a": 100, "b": 100}
transfers = 0
lock = threading.Lock()


def transfer(src, dst, amount, use_lock=False):
    global transfers
    if use_lock:
        lock.acquire()
    balance = accounts[src]
    if balance >= amount:
        accounts[src] = balance - amount
        accounts[dst] += amount
        transfers += 1
    if use_lock:
        lock.release()


def worker(n, direction):
    for k in range(n):
        if direction:
            transfer("a", "b", 1)
        else:
            transfer("b", "a", 1, use_lock=True)


threads = []
for idx in range(6):
    th = threading.Thread(target=worker, args=(1000, idx % 2 == 0))
    threads.append(th)
    th.start()
for th in threads:
    th.join()

total = accounts["a"] + accounts["b"]
print(f"total={total} transfers={transfers} a={accounts['a']:>5} b={accounts['b']:<5}")
assert total == 200, f"money lost: {200 - total}"
