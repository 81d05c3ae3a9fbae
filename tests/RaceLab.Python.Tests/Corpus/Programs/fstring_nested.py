# Nested f-strings: a computed width inside the format spec and an f-string inside a field.
import threading

count = 0
width = 12


def worker():
    global count
    for _ in range(20):
        count += 1


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"{count:>{width}}|{count:{'<'}{width - 2}}|")
print(f"{f'{count}':*^{width}}")
print(f"count = {count}")
assert count == 40, count
