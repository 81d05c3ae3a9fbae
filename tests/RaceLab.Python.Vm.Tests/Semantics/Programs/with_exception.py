import threading

lock = threading.Lock()


def bad():
    with lock:
        assert False, "raised inside the with block"


t = threading.Thread(target=bad)
t.start()
t.join()
with lock:
    print("reacquired", lock.locked())
print("after", lock.locked(), t.is_alive())
