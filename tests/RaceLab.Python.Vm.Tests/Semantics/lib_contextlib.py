# contextlib: @contextmanager (the block's exception thrown into the generator and caught or passed on, a generator
# that never yields or yields twice, used as a decorator), suppress, nullcontext, closing, ExitStack (enter_context,
# callback, push, a suppressing exit, pop_all, close, a non-context-manager), and four threads counting under a
# lock taken inside a @contextmanager.
import contextlib
from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack
import threading

events = []


@contextmanager
def tag(name):
    events.append("enter " + name)
    try:
        yield name.upper()
    except KeyError as e:
        events.append("caught %r" % (e,))
    finally:
        events.append("exit " + name)


with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", repr(e))
print(events)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@tag("deco")
def decorated(x):
    return x * 2


events.clear()
print(decorated(21), events)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError", e)

with nullcontext(5) as v:
    print("null", v)


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print("using", type(r).__name__)

lock = threading.Lock()
with ExitStack() as stack:
    stack.enter_context(lock)
    print("locked", lock.locked())
    stack.callback(print, "callback", 1)
    stack.push(lambda *exc: print("push saw", exc[0]))
print("after", lock.locked())

with ExitStack() as stack:
    stack.push(lambda t, v, tb: True)
    raise ValueError("swallowed")
print("swallowed by exit")

stack = ExitStack()
stack.callback(print, "closing")
stack.close()
other = ExitStack()
other.callback(print, "moved")
moved = other.pop_all()
other.close()
moved.close()
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

counter = 0
guard = threading.Lock()


@contextmanager
def locked():
    with guard:
        yield


def bump():
    global counter
    for _ in range(1000):
        with locked():
            counter += 1


threads = [threading.Thread(target=bump) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
