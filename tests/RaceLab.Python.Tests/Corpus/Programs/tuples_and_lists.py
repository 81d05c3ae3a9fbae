# Tuples and lists: literals, indexing, and a list of thread arguments.
import threading

count = 0
sizes = [10, 20, 30]
pair = (1, 2)
bounds = (0, len(sizes), pair[0] + pair[1])


def worker(times):
    global count
    for _ in range(times):
        count += 1


threads = [threading.Thread(target=worker, args=(n,)) for n in sizes]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(bounds, [count, sizes[0]])
print(f"count = {count}")
assert count == sizes[0] + sizes[1] + sizes[2], count
