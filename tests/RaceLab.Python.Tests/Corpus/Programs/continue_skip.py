# continue skips multiples of three; the rest bump the counter.
import threading

hits = 0


def worker():
    global hits
    for i in range(30):
        if i % 3 == 0:
            continue
        hits += 1


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"hits = {hits}")
assert hits == 40, hits
