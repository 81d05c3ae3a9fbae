# an if/elif test that is a conditional expression whose arm is a chained comparison (3.11 threads its line-less jumps)
import threading

count = 0
hits = 0
lock = threading.Lock()


def helper(a, k=1):
    return a + k


def work(n, j=0):
    global count, hits
    if n > 5:
        return not count
    elif (2 < count <= n if helper(j, k=hits) else (j // 256)):
        lock.acquire()
        if hits < (count if n else 2) <= (hits if n else 256):
            count += 1
        lock.release()
    while (0 <= hits < n if n % 2 else hits < 3):
        hits += 1


ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count, hits)
