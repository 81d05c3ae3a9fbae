# f-strings with format specs: width, thousands separator, percentages.
import threading

count = 0
expected = 4 * 250


def worker():
    global count
    for _ in range(250):
        count += 1


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"{count:>10,} of {expected:_}")
print(f"{count / expected:.1%} kept, {expected - count:08d} lost")
print(f"count = {count}")
assert count == expected, count
