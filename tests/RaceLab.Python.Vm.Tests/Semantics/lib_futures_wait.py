# concurrent.futures.wait and as_completed: waiters installed on the futures, an Event per waiter.
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, Future, wait, as_completed,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
import concurrent.futures

gates = [threading.Event() for _ in range(4)]


def job(i):
    gates[i].wait()
    if i == 2:
        raise ValueError("job 2 failed")
    return i * 10


def names(fs, index):
    return sorted(index[f] for f in fs)


with ThreadPoolExecutor(max_workers=4) as pool:
    fs = [pool.submit(job, i) for i in range(4)]
    index = {f: i for i, f in enumerate(fs)}

    done, not_done = wait(fs, timeout=0.05)
    print("timeout:", names(done, index), names(not_done, index))

    gates[1].set()
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print("first completed:", names(done, index), names(not_done, index))

    gates[0].set()
    fs[0].result()
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print("first completed again:", names(done, index), names(not_done, index))

    gates[2].set()
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print("first exception:", names(done, index), names(not_done, index))

    gates[3].set()
    result = wait(fs, return_when=ALL_COMPLETED)
    print("all completed:", names(result[0], index), len(result[1]))

    for f in as_completed(fs):
        pass
    print("as_completed of finished:", sorted(index[f] for f in as_completed(fs)))

    try:
        wait(fs, return_when="SOMETIMES")
        print("all done, no check")
    except ValueError as e:
        print("ValueError", e)

# as_completed yields each future as it finishes, in the order they finish.
order_gates = [threading.Event() for _ in range(3)]


def step(i):
    order_gates[i].wait()
    return i


with ThreadPoolExecutor(max_workers=3) as pool:
    fs = [pool.submit(step, i) for i in range(3)]
    seen = []
    order_gates[2].set()
    for f in as_completed(fs):
        seen.append(f.result())
        if len(seen) == 1:
            order_gates[0].set()
        elif len(seen) == 2:
            order_gates[1].set()
    print("as_completed order:", seen)

# A timeout: TimeoutError names how many futures are unfinished.
never = threading.Event()
with ThreadPoolExecutor(max_workers=2) as pool:
    fs = [pool.submit(never.wait), pool.submit(lambda: "quick")]
    got = []
    try:
        for f in as_completed(fs, timeout=0.1):
            got.append(f.result())
    except concurrent.futures.TimeoutError as e:
        print("TimeoutError:", e, got)
    never.set()

# Futures that are not run by an executor, finished by hand from another thread.
a, b = Future(), Future()
threading.Timer(0.02, lambda: b.set_exception(KeyError("b"))).start()
done, not_done = wait([a, b], return_when=FIRST_EXCEPTION)
print("hand-made:", b in done, a in not_done, repr(b.exception()))
print(a.cancel(), a.set_running_or_notify_cancel())
done, not_done = wait([a, b])
print("cancelled counts as done:", a in done, len(not_done))
print("left on the futures:", len(a._waiters), len(b._waiters))
