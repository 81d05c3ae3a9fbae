# Long source lines: columns past 127 and 255 in the line/position tables.
import threading

count = 0


def worker():
    global count
    for _ in range(10):
        count += 1                                                                                                                                                      ; count -= 0                                                                                                                              ; count += 0


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count after the long line is {count} and the expected value is {2 * 10}, so {2 * 10 - count} updates were lost by the {len(threads)} threads")
print(f"count = {count}")
assert count == 20, count
