# generated program: 3.12 gives a line-less RETURN_CONST no line (guarantee_lineno_for_exits looks at RETURN_VALUE only)
import threading

count = 0
total = 0
hits = 0
lock = threading.Lock()


def helper(a, k=1):
    return a + k


def work0(n, j=0):
    global count, total, hits
    i = 0
    if count:
        print(i, f"{n:>4}", sep="-")
        with lock:
            return (i or total)
        with lock:
            lock.acquire()
            count *= (i * j)
            lock.release()
            with lock:
                j = helper(i, k=n) < (i - hits) <= n
                i = 0 > j
                i = ((2 if 256 else n) and total)
    i = [count < hits for x in range(n) if x]
    while hits:
        with lock:
            break


def work1(n, j=0):
    global count, total, hits
    i = 0
    n = [count for x in range(n) if x]
    n *= j
    pass
    hits += (0 if -1 else 255)


ts = [threading.Thread(target=work0, args=(3,)), threading.Thread(target=work1, args=(2,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count, total, hits)
