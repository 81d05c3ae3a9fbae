# concurrent.futures: wait() returns the namedtuple DoneAndNotDoneFutures (done, not_done); a timeout in
# as_completed() and in Future.result() raises concurrent.futures.TimeoutError, its own class under Error on 3.9
# and 3.10 and the builtin TimeoutError (an OSError) from 3.11 on.
import threading
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, Future, wait, as_completed, FIRST_COMPLETED

empty = wait([])
print(repr(empty), type(empty).__name__, empty._fields, empty.done, empty.not_done)

gate = threading.Event()
with ThreadPoolExecutor(max_workers=2) as pool:
    slow = pool.submit(gate.wait)
    quick = pool.submit(lambda: 7)
    quick.result()
    result = wait([slow, quick], return_when=FIRST_COMPLETED)
    print(type(result).__name__, quick in result.done, slow in result.not_done, result[0] is result.done)
    done, not_done = result
    print(len(done), len(not_done), len(result), isinstance(result, tuple))
    print(list(result._asdict()), result._replace(done=None).done)

    try:
        for f in as_completed([slow, quick], timeout=0.05):
            print("finished first:", f.result())
    except concurrent.futures.TimeoutError as e:
        print("as_completed:", type(e).__name__, e)
        print("builtin:", type(e) is TimeoutError, isinstance(e, OSError), e.args)

    try:
        slow.result(timeout=0.01)
    except TimeoutError:
        print("result: caught as builtin TimeoutError")
    except concurrent.futures.TimeoutError as e:
        print("result: caught only as concurrent.futures.TimeoutError", repr(e))

    try:
        slow.exception(timeout=0.01)
    except concurrent.futures.TimeoutError as e:
        print("exception:", repr(e), concurrent.futures.TimeoutError is TimeoutError)
    gate.set()
    print(wait([slow, quick], timeout=1).not_done)

lone = Future()
print(wait([lone], timeout=0.01).not_done == {lone})
