import threading


class Count(int):
    def bump(self):
        return Count(self + 1)


class Seen(set):
    pass


class Box:
    pass


box = Box()
box.count = Count(0)
seen = Seen()
seen.label = "seen"


def worker(n):
    for _ in range(1000000):
        box.count = box.count.bump()
    seen.add(n)


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(box.count, type(box.count).__name__, sorted(seen), type(seen).__name__, seen.label)
