# del of names, attributes, items and slices; at module level and in functions.
import threading

cache = {"a": 1, "b": 2}
items = [1, 2, 3, 4, 5]
temp = 3
del temp


class Box:
    def __init__(self):
        self.value = 1
        self.other = 2

    def clear(self):
        del self.value


def drop(key):
    global cache
    del cache[key]
    local = [1, 2, 3]
    del local[0], local[-1]
    del items[1:3]
    x = 1
    del x


def nested():
    y = 2

    def inner():
        nonlocal y
        del y
    return inner


box = Box()
box.clear()
drop("a")
del items[::2]
print(cache, items, hasattr(box, "value"))
