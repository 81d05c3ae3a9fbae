# A float accumulator: 0.5, 0.1, 1e-3 and 2.5e10 constants.
import threading

total = 0.0
scale = 2.5e10


def worker():
    global total
    for _ in range(10):
        total += 0.5
    total = total + 0.1 - 0.1
    total -= 1e-3 * 0


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"{total:.3f} {scale}")
print(f"total = {int(total)}")
assert abs(total - 20.0) < 1e-9, total
