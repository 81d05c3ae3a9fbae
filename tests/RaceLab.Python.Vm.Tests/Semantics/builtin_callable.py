# callable(): functions, lambdas, methods, built-ins, classes and objects with __call__ are; other values are not.
import threading


class Plain:
    def method(self):
        return 1


class Caller:
    def __call__(self):
        return 2


def f():
    pass


values = [f, lambda: 0, Plain, Plain().method, Caller(), Plain(), len, [].append, threading.Lock,
          1, "s", None, [1], {"a": 1}, (1,), 2.5]
print([callable(v) for v in values])
