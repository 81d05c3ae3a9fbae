# the note's counter with incrementing and decrementing threads chosen by a conditional expression
import sys
import threading

sys.setswitchinterval(0.000_001)
count = 0
ITER = 100_000
N_THREADS = 8


def increment():
    global count
    for _ in range(ITER):
        count += 1


def decrement(times=ITER):
    global count
    i = 0
    while i < times:
        count -= 1
        i += 1


threads = []
for n in range(N_THREADS):
    target = increment if n % 2 == 0 else decrement
    threads.append(threading.Thread(target=target))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"Value of count after {N_THREADS} threads is {count}")
assert count == 0, f"lost {abs(count)} updates"
