# generated program: 3.11 jumps to a block that an earlier block's clean-up emptied (no threading through it)
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
    i *= hits < 7
    j += j
    while 256:
        n = (count if 256 else 7) <= helper(256, k=total)
    lock.acquire()
    if hits:
        pass
        lock.acquire()
        count += helper(j, k=hits)
        total += 2
        lock.release()
        pass
    elif total:
        with lock:
            j = n
    return helper(total, k=total)
    lock.release()
    count *= hits > total


def work1(n, j=0):
    global count, total, hits
    i = 0
    lock.acquire()
    with lock:
        if (hits or 256) < max(2, 0) <= max(j, total):
            n = not not count
            total *= j
        elif (j < total <= 7 // i):
            print(helper(0, k=n), f"{j:>4}", sep="-")
            print(max(hits, total), f"{j:>4}", sep="-")
        elif 255:
            i += (n and i)
            n = total
        lock.acquire()
        i = n
        i *= total
        lock.release()
        with lock:
            print(1000000 >= n, f"{i:>4}", sep="-")
            n += (hits or total)
            print(-300 > total, f"{i:>4}", sep="-")
    lock.release()
    pass


ts = [threading.Thread(target=work0, args=(3,)), threading.Thread(target=work1, args=(2,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count, total, hits)
