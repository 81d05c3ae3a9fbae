# attribute reads, writes and augmented assignments; import aliases; keyword arguments to Thread/acquire
import threading
import threading as th
from threading import Thread as T, Lock


class_like = threading.local()
state = th.Event()
lock = Lock()
counter = threading.Semaphore(2)


def work(obj, n):
    for _ in range(n):
        obj.value = getattr(obj, "value", 0) + 1
        obj.value += 1
        obj.inner.count -= 1 if n else 0
        state.set()
    lock.acquire(blocking=True, timeout=-1)
    lock.release()
    return obj.value


t = T(target=work, args=(class_like, 3), daemon=True, name="w-1")
t.start()
t.join(timeout=1.5)
print(t.name, t.is_alive(), state.is_set())
