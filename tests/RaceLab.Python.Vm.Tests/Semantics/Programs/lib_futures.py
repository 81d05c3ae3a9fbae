# concurrent.futures: a thread pool's futures, results, exceptions, callbacks, map and shutdown.
import concurrent.futures
import threading


def square(x):
    return x * x


def fail(x):
    raise ValueError("bad %d" % x)


def name(_):
    return threading.current_thread().name


with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(square, i) for i in range(5)]
    print("results", [f.result() for f in futures])
    print("map", list(pool.map(square, [1, 2, 3])))
    failed = pool.submit(fail, 7)
    print("exception", repr(failed.exception()))
    try:
        failed.result()
    except ValueError as e:
        print("result re-raised:", e)
    print("done", failed.done(), failed.cancelled())
    seen = []
    done = pool.submit(square, 4)
    done.result()
    done.add_done_callback(lambda f: seen.append(f.result()))
    print("callback on a done future", seen)
    names = list(pool.map(name, range(6)))
    print("names", [n[:21] for n in names] == ["ThreadPoolExecutor-0_"] * 6)

try:
    pool.submit(square, 1)
except RuntimeError as e:
    print("after shutdown:", e)

future = concurrent.futures.Future()
print("cancel pending", future.cancel(), future.cancelled())
try:
    future.result()
except concurrent.futures.CancelledError:
    print("result of a cancelled future raised CancelledError")
other = concurrent.futures.Future()
other.set_result(5)
print(other.result(), other.done())
try:
    other.set_result(6)
except concurrent.futures.InvalidStateError:
    print("set twice raised InvalidStateError")
pending = concurrent.futures.Future()
try:
    pending.result(timeout=0.01)
except concurrent.futures.TimeoutError:
    print("timed result raised TimeoutError")
