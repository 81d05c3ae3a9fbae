# Every augmented assignment of the subset on globals and locals: += -= *= //= %=.
import threading

total = 0
product = 1
remainder = 1000


def worker():
    global total, product, remainder
    n = 10
    n += 5
    n -= 3
    n *= 2
    n //= 4
    n %= 5
    total += n * 2
    total -= 1
    product *= 2
    remainder //= 2
    remainder %= 7


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total, product, remainder)
print(f"total = {total}")
assert total == 3, total
