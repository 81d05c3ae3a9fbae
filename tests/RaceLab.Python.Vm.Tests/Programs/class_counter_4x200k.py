# A counter object shared by four threads; the increment is a method (self.value += 1).
import threading


class Counter:
    def __init__(self):
        self.value = 0

    def increment(self):
        self.value += 1


counter = Counter()


def work():
    for _ in range(200_000):
        counter.increment()


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("value", counter.value)
assert counter.value == 800_000, counter.value
