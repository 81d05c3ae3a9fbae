# Decorators: on functions, nested functions, methods (property, staticmethod, classmethod) and classes; multi-line.
def trace(fn):
    @tag("wrapped")
    def wrapper(x):
        return fn(x)
    return wrapper


def tag(name):
    def apply(fn):
        fn.tag = name
        return fn
    return apply


@tag("one")
@tag("two")
@trace
def plain(x):
    return x + 1


@tag(
    "multi")
def multi():
    return 1


class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self._degrees = degrees

    @property
    def degrees(self):
        return self._degrees

    @degrees.setter
    def degrees(self, value):
        self._degrees = value

    @staticmethod
    def zero():
        return 0

    @classmethod
    def unit(cls):
        return cls.scale


@tag("cls")
class Marked:
    pass


def outer():
    @tag("inner")
    def inner():
        return 2
    return inner
