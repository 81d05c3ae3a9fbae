# nested acquire/release and nested with, with a, b: tuple swap of globals
from threading import Thread, Lock

a_lock = Lock()
b_lock = Lock()
shared_a = 0
shared_b = 0


def move(n):
    global shared_a, shared_b
    for i in range(n):
        a_lock.acquire()
        b_lock.acquire()
        shared_a -= 1
        shared_b += 1
        b_lock.release()
        a_lock.release()
        with a_lock:
            with b_lock:
                shared_a += 1
                shared_b -= 1
        with a_lock, b_lock:
            shared_a, shared_b = shared_b, shared_a


ts = [Thread(target=move, args=(100,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert shared_a + shared_b == 0, (shared_a, shared_b)
print(shared_a, shared_b)
