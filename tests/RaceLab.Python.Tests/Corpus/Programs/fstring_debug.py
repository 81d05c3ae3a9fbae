# Self-documenting f-strings (f"{count=}"), as people print a counter while debugging.
import threading

count = 0


def worker():
    global count
    for _ in range(10):
        count += 1


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"{count=}")
print(f"{count = }, {len(threads)=}")
print(f"{count=:,} {count * 2=!r:>8}")
print(f"count = {count}")
assert count == 30, f"{count=}"
