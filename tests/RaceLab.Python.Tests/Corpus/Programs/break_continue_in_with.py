# break and continue inside with lock: in while and range(a, b, step) loops
import threading

count = 0
stop = 1_000_000
lock = threading.Lock()


def spin(n, step):
    global count
    i = 0
    while i < n and count < stop:
        i += 1
        with lock:
            if count % 7 == 3:
                continue
            count += step
            if count > 10 ** 5:
                break
    for j in range(0, n, 3):
        with lock:
            if j > 50:
                break
            count -= 1
    return i


threads = []
for k in range(4):
    t = threading.Thread(target=spin, args=(300, k + 1))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(f"count={count:,} done")
