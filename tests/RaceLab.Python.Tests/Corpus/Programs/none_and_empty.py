# None, empty print(), bare return, implicit string concatenation and an empty list and tuple.
import threading

count = 0
result = None
empty = []
nothing = ()
banner = ("count "
          "demo")


def worker(limit=None):
    global count
    if limit is None:
        return
    for _ in range(limit):
        count += 1
    return None


threads = [threading.Thread(target=worker, args=(25,)), threading.Thread(target=worker)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print()
print(banner, result, empty, nothing)
print(f"count = {count}")
assert count == 25, count
