# Threads with different amounts of work (100,000 to 800,000 increments, 2,000,000 in all):
# the short ones finish early and the long ones run alone at the end.
import threading

count = 0


def worker(times):
    global count
    for _ in range(times):
        count += 1


sizes = [100000, 200000, 300000, 600000, 800000]
threads = [threading.Thread(target=worker, args=(n,)) for n in sizes]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"count = {count}")
assert count == 2000000, count
