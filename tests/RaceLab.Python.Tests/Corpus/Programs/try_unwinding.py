# Unwinding through try statements: return, break and continue inside bodies, handlers and finally blocks.
import threading

lock = threading.Lock()


def ret_value(d, k):
    try:
        return d[k] + 1
    finally:
        print("cleanup")


def ret_in_handler(d, k):
    try:
        value = d[k]
    except KeyError as e:
        return str(e)
    except IndexError:
        return None
    return value


def loop_handlers(items):
    out = []
    for item in items:
        try:
            out.append(1 // item)
        except ZeroDivisionError:
            continue
        except TypeError as e:
            print(e)
            break
        else:
            out.append(0)
    return out


def finally_in_loop(n):
    i = 0
    while i < n:
        try:
            i += 1
            if i == 3:
                break
        finally:
            print(i)
    return i


def with_in_try():
    try:
        with lock:
            return 1
    except RuntimeError:
        return 2


def try_in_with(x):
    with lock:
        try:
            return x.value
        except AttributeError:
            return -1


def reraise_in_finally_handler():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as exc:
        print("caught", exc)
        raise RuntimeError("outer") from exc


def nested_named():
    try:
        raise KeyError("a")
    except KeyError as first:
        try:
            raise IndexError("b")
        except IndexError as second:
            return (str(first), str(second))


class Resource:
    try:
        limit = 3
    except Exception:
        limit = 0
