import threading

lock = threading.Lock()
kept = 0
i = 0
while i < 100:
    i += 1
    with lock:
        if i % 2 == 1:
            continue
        kept += 1
print(i, kept)
