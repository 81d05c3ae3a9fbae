# list comprehensions with filters and two fors inside functions
import threading

results = []
offset = 3


def squares(n):
    base = [x * x for x in range(n)]
    odd = [v + offset for v in base if v % 2 == 1]
    pairs = [(a, b) for a in range(3) for b in range(a) if a != b]
    return len(base) + sum_list(odd) + len(pairs)


def sum_list(values):
    s = 0
    for v in values:
        s += v
    return s


def worker(n):
    results.append(squares(n))


ts = [threading.Thread(target=worker, args=(i * 10,)) for i in range(1, 4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results, max(results), min(results))
