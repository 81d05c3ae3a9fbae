import threading


class Counter:
    def __init__(self):
        self.value = 0

    def increment(self):
        self.value += 1


counter = Counter()


def worker():
    for _ in range(1000000):
        counter.increment()


threads = []
for _ in range(10):
    t = threading.Thread(target=worker)
    threads.append(t)
    t.start()
for t in threads:
    t.join()
count = counter.value
print("Value of count incremented 1000000 times by 10 threads is", count)
assert count == 1000000 * 10, count
