# Exceptions: classes of the program's own, handlers, finally with return/break/continue, raise from, chained tracebacks.
import threading


class Empty(Exception):
    pass


class Full(Empty):
    def __init__(self, size):
        super().__init__("full at " + str(size))
        self.size = size


def pop(items):
    try:
        return items.pop()
    except IndexError:
        raise Empty("empty")


def safe_div(a, b):
    try:
        result = a // b
    except ZeroDivisionError as e:
        print("error:", e)
        result = None
    else:
        print("ok")
    finally:
        print("finally", a, b)
    return result


print(safe_div(7, 2))
print(safe_div(1, 0))
try:
    pop([])
except Empty as e:
    print("caught", type(e).__name__, e, e.args)
try:
    raise Full(3)
except Empty as e:
    print("caught", type(e).__name__, e, e.size, isinstance(e, Full))
lock = threading.Lock()


def guarded(n):
    lock.acquire()
    try:
        if n < 0:
            raise ValueError("negative")
        return n * 2
    finally:
        lock.release()


print(guarded(2), lock.locked())
try:
    guarded(-1)
except ValueError as e:
    print("value error", e, lock.locked())
total = 0
for i in range(6):
    try:
        if i == 2:
            continue
        if i == 5:
            break
        total += i
    finally:
        total += 100
print(total)
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
d = {}
try:
    d["x"]
except KeyError as e:
    print("key", repr(e), str(e))
try:
    [].index
    x = [1][5]
except IndexError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
raise Full(9)
