# f-strings with !r, !s and !a conversions in the final report.
import threading

count = 0
label = "counter's value"


def worker():
    global count
    for _ in range(10):
        count += 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"{label!r}: {count!s} ({label!a})")
print(f"count = {count}")
assert count == 10, f"lost updates: {count!r}"
