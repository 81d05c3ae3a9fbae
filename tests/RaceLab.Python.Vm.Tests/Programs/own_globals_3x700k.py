# No race: each thread updates its own global; the sum is taken after join. 3 x 700,000.
import threading

a = 0
b = 0
c = 0


def work_a():
    global a
    for _ in range(700000):
        a += 1


def work_b():
    global b
    for _ in range(700000):
        b += 1


def work_c():
    global c
    for _ in range(700000):
        c += 1


threads = [threading.Thread(target=work_a), threading.Thread(target=work_b), threading.Thread(target=work_c)]
for t in threads:
    t.start()
for t in threads:
    t.join()

count = a + b + c
print(f"count = {count}")
assert count == 700000 * 3, count
