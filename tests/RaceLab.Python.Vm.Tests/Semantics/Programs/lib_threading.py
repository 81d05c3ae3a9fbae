# threading beyond Thread and Lock: Event, Condition, Semaphore, Barrier, RLock, timeouts and misuse.
import threading
import time

log = []
ready = threading.Event()
print("event set at start:", ready.is_set())


def waiter(n):
    got = ready.wait()
    log.append(n)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
ready.set()
for t in threads:
    t.join()
print("woken:", sorted(log), ready.is_set())
ready.clear()
print("timed wait on a cleared event:", ready.wait(0.01))

# A Condition: consumers wait for items a producer adds.
cond = threading.Condition()
items = []
taken = []


def consume():
    with cond:
        while not items:
            cond.wait()
        taken.append(items.pop())


def produce():
    for i in range(4):
        with cond:
            items.append(i)
            cond.notify()


consumers = [threading.Thread(target=consume) for _ in range(4)]
for c in consumers:
    c.start()
producer = threading.Thread(target=produce)
producer.start()
producer.join()
for c in consumers:
    c.join()
print("taken:", sorted(taken))

with cond:
    print("wait_for true at once:", cond.wait_for(ready.is_set, 0.01) is False)
    print("wait with timeout:", cond.wait(0.001))

try:
    cond.notify()
except RuntimeError as e:
    print("notify outside:", e)

try:
    cond.wait()
except RuntimeError as e:
    print("wait outside:", e)

# Semaphores.
sem = threading.Semaphore(2)
print("acquire:", sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
print("after release:", sem.acquire(timeout=0.01))
bounded = threading.BoundedSemaphore(1)
bounded.acquire()
bounded.release()
try:
    bounded.release()
except ValueError as e:
    print("bounded:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("negative:", e)

# Locks and RLocks, used and misused.
lock = threading.Lock()
print("lock:", lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01), lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("release unlocked:", e)
rlock = threading.RLock()
with rlock:
    with rlock:
        print("re-entered")
try:
    rlock.release()
except RuntimeError as e:
    print("rlock release:", e)


def take_and_keep():
    rlock.acquire()


keeper = threading.Thread(target=take_and_keep)
keeper.start()
keeper.join()
print("rlock held by a finished thread:", rlock.acquire(timeout=0.01))

# A Barrier releases its parties together; an aborted one is broken.
barrier = threading.Barrier(3)
indexes = []


def meet():
    indexes.append(barrier.wait())


parties = [threading.Thread(target=meet) for _ in range(3)]
for p in parties:
    p.start()
for p in parties:
    p.join()
print("barrier:", sorted(indexes), barrier.parties, barrier.n_waiting, barrier.broken)
barrier.abort()
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("broken:", barrier.broken)
timed = threading.Barrier(2, timeout=0.01)
try:
    timed.wait()
except threading.BrokenBarrierError:
    print("timed out barrier broken:", timed.broken)

print(threading.current_thread().name, threading.main_thread().name, threading.active_count())
start = time.monotonic()
time.sleep(0.02)
print("slept long enough:", time.monotonic() - start >= 0.02)
