# a while loop whose with lock: body always ends in continue or break (3.12: the loop test is cold code)
import threading

count = 0
lock = threading.Lock()


def worker(n):
    global count
    seen = [x for x in range(n) if x % 3]
    while count < n:
        with lock:
            if count % 2:
                count += 1
                continue
            else:
                count += 2
                break
    return len(seen)


ts = [threading.Thread(target=worker, args=(50,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count)
