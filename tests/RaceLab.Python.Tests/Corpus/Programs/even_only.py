# The counter is only updated when `i % 2 == 0`.
import threading

evens = 0


def worker():
    global evens
    for i in range(100):
        if i % 2 == 0:
            evens += 1


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"evens = {evens}")
assert evens == 50 * 4, evens
