# Unary minus, //, % and * mixed into the update expression.
import threading

count = 0


def worker(n):
    global count
    for i in range(n):
        count = count + (i * 3) // 3 % n - i + 1
    count -= -n + n


threads = [threading.Thread(target=worker, args=(10,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 30, count
