import sys
import threading
from threading import Thread, Lock

total = 0
items = []
lock = Lock()


def helper(a, b=2, *, c=3):
    return a * b + c


def work(n, step):
    global total
    i = 0
    while i < n:
        if i % 3 == 0 and not i == 6:
            total += step
        elif i // 2 == 1 or i > 100:
            total -= 1
        else:
            total *= 1
        i += 1
    lock.acquire()
    items.append(n)
    lock.release()


squares = [x * x for x in range(5) if x != 2]
pair = (1, -2)
print(squares, pair, len(squares), max(squares), min(3, 4), abs(-7), isinstance(pair, tuple), int("12"))
print(helper(2), helper(2, 3), helper(1, b=4, c=5), 7 // 2, -7 % 3, 2.5 * 2, 10 / 4)
print(f"total={total} {squares[1]} {1.5} {'x'}", "end", sep=":", end="!\n")
t = Thread(target=work, args=(10, 2))
t.start()
t.join()
with lock:
    total += 100
ts = [threading.Thread(target=work, args=(5,), kwargs={"step": 1}) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
sys.setswitchinterval(0.001)
print("total", total, items)
assert total == 1, f"bad {total}"
