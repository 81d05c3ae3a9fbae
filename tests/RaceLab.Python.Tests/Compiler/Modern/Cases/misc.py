"""Only a docstring first."""
import threading


class_count = 0


def maybe(c):
    if c:
        x = 1
    print(x)
    with threading.Lock():
        y = 2
    return y


def doc_only():
    "Just a doc."


def doc_and_pass():
    """Doc.

	Tabbed line.
    """
    pass


def methods(obj, items):
    obj.count += 1
    obj.items[0] -= 2
    obj.run(1, key=2)
    print("a", "b", sep="-", end="")
    for i, t in enumerate(items):
        t.start()
    name = "%s-%d" % ("x", 3)
    other = "%s!" % (name,)
    return items[-1], items[1:], name, other


print(maybe(1), doc_only(), doc_and_pass())
