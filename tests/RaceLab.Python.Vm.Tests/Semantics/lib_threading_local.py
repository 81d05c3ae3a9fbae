# threading.local: each thread sees its own attributes; the main thread's are not the workers'.
import threading

data = threading.local()
data.name = "main"
results = []
lock = threading.Lock()


def work(n):
    try:
        print("inherited?", data.name)
    except AttributeError as e:
        with lock:
            results.append(("missing", n, str(e)))
    data.name = f"worker-{n}"
    data.total = 0
    for i in range(n * 1000):
        data.total += i
    setattr(data, "extra", n)
    with lock:
        results.append((data.name, data.total, getattr(data, "extra"), hasattr(data, "nothing")))
    del data.extra
    with lock:
        results.append(("deleted", n, hasattr(data, "extra")))


threads = [threading.Thread(target=work, args=(n,)) for n in range(1, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in sorted(results):
    print(r)
print("main still", data.name, hasattr(data, "total"))
print(type(data).__name__)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
