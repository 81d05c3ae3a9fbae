# Nested with blocks at module level and in a function, left by return, break and continue.
with lock:
    b = 1
    with lock:
        b += 2


def run(items):
    for item in items:
        with lock:
            with lock:
                if item:
                    continue
                if item is None:
                    break
                return item


print(run([0, 1]))
