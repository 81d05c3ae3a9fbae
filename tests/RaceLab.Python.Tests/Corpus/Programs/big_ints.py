# Big integer constants, underscores in literals, and a negative constant.
import threading

count = 0
big = 123_456_789_012_345_678_901_234_567_890
limit = 18_446_744_073_709_551_616
offset = -1_000_000


def worker():
    global count
    for _ in range(10):
        count += 1


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(big + count, limit - 1, offset)
print(f"count = {count}")
assert count == 20, count
