# try shapes of threaded code: lock release in finally, re-raise, raise from, module-level try.
import threading


class Empty(Exception):
    pass


def simple(x):
    try:
        x = x + 1
    except ValueError:
        x = 0
    return x


def named(d, k):
    try:
        return d[k]
    except KeyError as e:
        print("missing", e)
        raise
    except (TypeError, ValueError):
        return None


def fin(lock):
    lock.acquire()
    try:
        return 1
    finally:
        lock.release()


def both(q):
    try:
        item = q.pop()
    except IndexError:
        raise Empty("empty") from None
    else:
        print(item)
    finally:
        print("done")


def loop(items):
    total = 0
    for i in items:
        try:
            if i < 0:
                continue
            if i > 100:
                break
            total += i
        finally:
            total += 1
    return total


def bare():
    try:
        pass
    except:
        pass


def nested(a):
    try:
        try:
            a.x += 1
        except AttributeError:
            a.x = 1
    except Exception as exc:
        raise RuntimeError("bad") from exc


try:
    import sys
except ImportError:
    sys = None
finally:
    done = True
