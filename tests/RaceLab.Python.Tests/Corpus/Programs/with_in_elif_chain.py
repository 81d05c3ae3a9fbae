# with lock: inside if/elif/else in a for loop (3.13: the handler's exit jump stays JUMP_BACKWARD_NO_INTERRUPT)
import threading
from threading import Thread, Lock

a = 1_000
b = 1_000
transfers = 0
lock = Lock()


def transfer(n, amount=1):
    global a, b, transfers
    for i in range(n):
        if i % 3 == 0:
            with lock:
                a -= amount
                b += amount
        elif i % 3 == 1:
            lock.acquire()
            b -= amount
            a += amount
            lock.release()
        else:
            continue
        transfers += 1


workers = [Thread(target=transfer, args=(300,), kwargs={"amount": 2}) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
total = a + b
print(f"a={a} b={b} total={total!r} transfers={transfers:>8}")
assert total == 2000, f"lost money: {total}"
