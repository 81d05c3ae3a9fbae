# with at module level, return inside with, with inside while True with break, if/else inside with
import threading

lock = threading.Lock()
value = 0
with lock:
    value = 1


def guarded_read():
    with lock:
        return value


def guarded_loop(n):
    global value
    while True:
        with lock:
            if value > n:
                break
            value += 1
    for i in range(n):
        with lock:
            value += 1
        if i % 2:
            with lock:
                value -= 1
        else:
            value += 0
    return guarded_read()


def guarded_if(flag):
    global value
    with lock:
        if flag:
            value += 1
        else:
            value -= 1
    with lock:
        value = value + 1 if flag else value - 1


ts = [threading.Thread(target=guarded_loop, args=(20,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
guarded_if(True)
print(value)
