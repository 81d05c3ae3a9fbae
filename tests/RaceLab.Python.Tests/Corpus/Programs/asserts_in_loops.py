# assert with and without messages inside for and while loops, conditional message
import threading

total = 0


def check_all(values, limit=100):
    global total
    for v in values:
        assert v >= 0, f"negative {v}"
        assert v < limit
        total += v
    i = 0
    while i < len(values):
        assert values[i] is not None, i
        i += 1
    assert total > 0 or not values, "empty" if not values else "zero"
    return total


ts = [threading.Thread(target=check_all, args=([1, 2, 3],)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert total == 18, total
