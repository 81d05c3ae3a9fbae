# A counter object shared by threads: the method's self.value += 1 is the read-modify-write window.
import threading


class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()

    def increment(self):
        self.value += 1

    def safe_increment(self):
        with self.lock:
            self.value += 1


counter = Counter()


def work():
    for _ in range(1000):
        counter.increment()
        counter.safe_increment()


threads = [threading.Thread(target=work) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter.value)
