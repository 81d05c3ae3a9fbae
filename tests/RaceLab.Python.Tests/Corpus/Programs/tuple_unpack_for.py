# for a, b in pairs, nested lists, subscripted augmented assignment, tuple return
from threading import Thread

shared = []
pairs = [(1, 2), (3, 4), (5, 6)]
matrix = [[0] * 3 for _ in range(3)]


def work(idx, values=(1, 2, 3)):
    total = 0
    for a, b in pairs:
        total += a * b - idx
    for v in values:
        shared.append(v + total)
    row = matrix[idx % 3]
    row[idx % 3] += 1
    return (total, len(shared), [x for x in values])


ts = [Thread(target=work, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), matrix, work(0, values=[7, 8]))
