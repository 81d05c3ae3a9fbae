# chained comparisons in if/elif, not (...), is True / is False, negative range step
import threading

hits = 0
low, high = -5, 5


def inside(x):
    return low <= x < high


def outside(x):
    return not (low <= x < high)


def count_range(start, stop, step=1):
    global hits
    for x in range(start, stop, step):
        if low < x < high and x != 0:
            hits += 1
        elif x == low or x == high:
            hits += 10
        if outside(x) is True and inside(x) is False:
            hits -= 0
    return hits


threading.Thread(target=count_range, args=(-10, 10)).start()
threading.Thread(target=count_range, args=(10, -10, -2)).start()
print(inside(0), outside(99), hits >= 0)
