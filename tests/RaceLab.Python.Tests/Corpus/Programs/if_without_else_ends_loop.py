# a for loop body ending in an elif whose body ends with an if without else (3.13 gives each way back its own line)
import threading

hits = 0
count = 0
lock = threading.Lock()


def work(n):
    global hits, count
    for i in range(1, n):
        if i % 5 == 0:
            with lock:
                count += 1
        elif count:
            hits += hits
            if not count % 2:
                hits += count * 256
        else:
            count += 1
            continue


ts = [threading.Thread(target=work, args=(40,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(hits, count)
