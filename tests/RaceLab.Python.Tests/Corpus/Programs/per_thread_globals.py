# No race: each thread updates its own global, the sum is taken after join.
import threading

a = 0
b = 0


def work_a():
    global a
    for _ in range(100):
        a += 1


def work_b():
    global b
    for _ in range(100):
        b += 1


ta = threading.Thread(target=work_a)
tb = threading.Thread(target=work_b)
ta.start()
tb.start()
ta.join()
tb.join()
print(f"count = {a + b}")
assert a == 100 and b == 100, (a, b)
