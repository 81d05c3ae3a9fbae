import threading
from threading import Thread, Lock

counter = 0
hits = []
guard = Lock()
N = 1_000


def add(value, *, times=1):
    global counter
    for _ in range(times):
        counter = counter + value
        counter -= 0


def reader(results, index):
    local = counter
    results[index] = local
    hits.append(local)


def safe(n):
    global counter
    i = 0
    while i < n:
        guard.acquire()
        try_value = counter
        counter = try_value + 1
        guard.release()
        i = i + 1
    return i


results = [None] * 4
workers = [Thread(target=add, args=(1,), kwargs={"times": N}) for _ in range(2)]
workers += [threading.Thread(target=reader, args=(results, k)) for k in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("counter:", counter, "min", min(hits), "max", max(hits), abs(-3), isinstance(counter, int), int("5"))
print(f"{counter=}", f"{len(hits):05d}", f"{'nested ' + str(counter)}")
assert counter == 2 * N, f"lost {2 * N - counter} updates"
