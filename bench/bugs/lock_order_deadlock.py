# Deadlock by lock order: one thread takes a then b, the other b then a.
import threading

a = threading.Lock()
b = threading.Lock()
done = 0


def forward():
    global done
    with a:
        with b:
            done += 1


def backward():
    global done
    with b:
        with a:
            done += 1


t1 = threading.Thread(target=forward)
t2 = threading.Thread(target=backward)
t1.start()
t2.start()
t1.join()
t2.join()
assert done == 2, done
