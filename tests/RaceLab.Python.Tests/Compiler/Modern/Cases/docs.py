"""Module docstring.

    Indented second paragraph.
"""
import threading

count = 0


def worker():
    """Do the work.

        More text here.
    """
    global count
    for _ in range(3):
        count += 1


class_like = [[i * j for j in range(3) if j] for i in range(4) if i > 1]
nested = [(x, y) for x in range(3) for y in range(x)]
print(class_like, nested, worker.__doc__)
