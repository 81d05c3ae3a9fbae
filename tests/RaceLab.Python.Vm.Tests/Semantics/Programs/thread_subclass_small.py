# A Thread subclass: __init__ through super(), run() on the new thread, join; and one without run().
import threading

results = []


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        total = 0
        for i in range(self.n):
            total += i
        results.append(total)


class Named(threading.Thread):
    pass


def target(x):
    results.append(x * 10)


workers = [Worker(k) for k in range(1, 4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
other = Named(target=target, args=(7,))
other.start()
other.join()
print(sorted(results))
print(workers[0].n, workers[0].is_alive())
