# return from inside with lock: inside a for loop; while on a call result is not None
import threading

lock = threading.Lock()
items = []
taken = 0


def take_first(limit):
    global taken
    for i in range(limit):
        with lock:
            if len(items) > i:
                taken += 1
                return items[i]
    return None


def fill(n):
    for i in range(n):
        with lock:
            items.append(i * 2)


def worker(n):
    fill(n)
    while take_first(n) is not None and taken < n:
        pass


ts = [threading.Thread(target=worker, args=(10,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert taken >= 0, f"taken={taken} items={len(items)}"
print(taken, len(items))
