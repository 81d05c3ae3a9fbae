import threading

cache = {}
created = []


def make(key):
    created.append(key)
    return len(created)


def get(key):
    if key not in cache:
        cache[key] = make(key)
    return cache[key]


threads = [threading.Thread(target=get, args=("a",)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
made = len(created)
print(made)
