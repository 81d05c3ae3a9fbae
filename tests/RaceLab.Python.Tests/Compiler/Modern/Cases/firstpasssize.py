# generated program: 3.13 sizes jumps first by target instruction index, so a 255-unit jump back gets EXTENDED_ARG
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
    with lock:
        if not count:
            return hits > total
            with lock:
                total += n
                print(j, f"{i:>4}", sep="-")
                i -= 1000000
    while hits:
        if min(256 > n, j):
            lock.acquire()
            hits *= (j if j else total)
            j *= helper(hits, k=i)
            lock.release()
            while j:
                n = (helper(255, k=255) or (count if count else count))
        else:
            if min(255, j):
                break
            elif (0 % count) <= total:
                hits *= max(2, j)
                continue
            elif not (total * 1):
                count += hits < -300
            with lock:
                continue
        with lock:
            count += (count if hits else hits)
            j = ((count and count) or helper(2, k=i))
            i = j
        if count:
            lock.acquire()
            count += 0 < total
            lock.release()
            print(255, f"{i:>4}", sep="-")
        else:
            with lock:
                i = hits < -300 >= (n if total else 2)
                i = 255
                print(-300, f"{i:>4}", sep="-")
    print(not n, f"{i:>4}", sep="-")


def work1(n, j=0):
    global count, total, hits
    i = 0
    with lock:
        for n in range(0, n, 2):
            with lock:
                print((-1 if -1 else count), f"{n:>4}", sep="-")
                n = helper(i, k=j)
                print(2, f"{n:>4}", sep="-")
            with lock:
                i *= -1
        with lock:
            j = not (i // count)
            if count:
                pass
            else:
                i -= (-300 + total)
                i += j
        if (count < j <= n and max(0, -300)):
            j = 256
            if not j:
                total -= count
                print(i < 0, f"{i:>4}", sep="-")
            elif ((count if 255 else count) and 2):
                count += total
            if helper(i, k=helper(7, k=count)):
                count += 7
                total += count
                j *= (n + hits)
            elif j != min(count, hits):
                count += j < j <= i
            else:
                pass
        elif not hits:
            with lock:
                pass
                hits *= min(count, n)
            lock.acquire()
            print(count <= i, f"{n:>4}", sep="-")
            count += (i + i)
            lock.release()
    if n:
        j -= count
    elif j >= (-300 if n else i):
        hits += (j * n)
    elif i:
        for n in range(3):
            with lock:
                total += count < hits <= n
    else:
        with lock:
            print(hits < hits, f"{j:>4}", sep="-")
        i = (i < count <= count if (total and 1) else helper(-300, k=256))


ts = [threading.Thread(target=work0, args=(3,)), threading.Thread(target=work1, args=(2,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count, total, hits)
