# A thread iterates a live dict view while another adds a key: the sum of the old keys, of the new ones,
# or the RuntimeError of a dict that changed size during the iteration.
import threading

d = {'a': 1, 'b': 2}
keys = d.keys()
total = 0


def reader():
    global total
    try:
        for k in keys:
            total += d[k]
    except RuntimeError:
        total = -1


def writer():
    d['c'] = 3


t1 = threading.Thread(target=reader)
t2 = threading.Thread(target=writer)
t1.start()
t2.start()
t1.join()
t2.join()
