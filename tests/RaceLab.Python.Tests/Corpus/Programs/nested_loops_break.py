# nested for loops with continue/break, not (...) and list.append of tuples
import threading

grid_total = 0
hits = []


def scan(rows, cols):
    global grid_total
    for r in range(rows):
        for c in range(cols):
            if r == c:
                continue
            if r + c > 10 and not (r % 2 == 0):
                hits.append((r, c))
                break
            grid_total += r * c
        grid_total -= 1
    return grid_total


workers = [threading.Thread(target=scan, args=(8, 9)) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(grid_total, len(hits))
