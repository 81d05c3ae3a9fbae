# Two different locks guarding one variable: each thread holds a lock, but not the same one.
import threading

count = 0
lock_a = threading.Lock()
lock_b = threading.Lock()


def with_a():
    global count
    for _ in range(2):
        with lock_a:
            count += 1


def with_b():
    global count
    for _ in range(2):
        with lock_b:
            count += 1


a = threading.Thread(target=with_a)
b = threading.Thread(target=with_b)
a.start()
b.start()
a.join()
b.join()
assert count == 4, count
