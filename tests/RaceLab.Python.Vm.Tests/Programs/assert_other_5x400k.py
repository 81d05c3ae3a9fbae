# The assertion checks that every worker finished, not the counter: on a losing version
# the count is short but the program still exits 0. 5 threads x 400,000 inline increments.
import threading

count = 0
finished = []


def worker(n):
    global count
    for _ in range(400000):
        count += 1
    finished.append(n)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()

assert len(finished) == 5, finished
print(f"count = {count}")
