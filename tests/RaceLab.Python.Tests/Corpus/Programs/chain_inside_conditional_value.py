# a chained comparison as the value of a conditional expression (3.11: both line-less jumps thread together)
import threading

hits = 0
count = 3


def judge(i, j=0):
    global hits
    hits += 1
    j = (hits < count <= j if hits <= i else i)
    ok = 0 <= i < 10 if j else -1 < i <= 1
    return j, ok


ts = [threading.Thread(target=judge, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(hits, judge(5), judge(0, j=4))
