# Needs the threads to take turns: a writes, b answers, a answers b ... (2 hand-offs); only a schedule
# switching at each hand-off reaches the last one.
import threading

a = 0
b = 0


def a_side():
    global a
    a = 1
    if b == 1:
        a = 2


def b_side():
    global b
    if a == 1:
        b = 1


ta = threading.Thread(target=a_side)
tb = threading.Thread(target=b_side)
ta.start()
tb.start()
ta.join()
tb.join()
assert not (a == 2 and b == 1), (a, b)
