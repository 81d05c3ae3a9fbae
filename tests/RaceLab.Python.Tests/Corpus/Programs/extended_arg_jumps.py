# A worker with a long loop body (many statistics updated per iteration): jump
# distances beyond 255 need EXTENDED_ARG in every version.
import threading

count = 0
stat0 = 0
stat1 = 0
stat2 = 0
stat3 = 0
stat4 = 0
stat5 = 0
stat6 = 0
stat7 = 0
stat8 = 0
stat9 = 0
stat10 = 0
stat11 = 0
stat12 = 0
stat13 = 0
stat14 = 0
stat15 = 0
stat16 = 0
stat17 = 0
stat18 = 0
stat19 = 0
stat20 = 0
stat21 = 0
stat22 = 0
stat23 = 0
stat24 = 0
stat25 = 0
stat26 = 0
stat27 = 0
stat28 = 0
stat29 = 0
stat30 = 0
stat31 = 0


def worker():
    global count, stat0, stat1, stat2, stat3, stat4, stat5, stat6, stat7, stat8, stat9, stat10, stat11, stat12, stat13, stat14, stat15, stat16, stat17, stat18, stat19, stat20, stat21, stat22, stat23, stat24, stat25, stat26, stat27, stat28, stat29, stat30, stat31
    for i in range(12):
        count += 1
        if i % 2 == 0:
            stat0 += i
        if i % 3 == 1:
            stat1 += i
        if i % 4 == 0:
            stat2 += i
        if i % 5 == 1:
            stat3 += i
        if i % 6 == 0:
            stat4 += i
        if i % 2 == 1:
            stat5 += i
        if i % 3 == 0:
            stat6 += i
        if i % 4 == 1:
            stat7 += i
        if i % 5 == 0:
            stat8 += i
        if i % 6 == 1:
            stat9 += i
        if i % 2 == 0:
            stat10 += i
        if i % 3 == 1:
            stat11 += i
        if i % 4 == 0:
            stat12 += i
        if i % 5 == 1:
            stat13 += i
        if i % 6 == 0:
            stat14 += i
        if i % 2 == 1:
            stat15 += i
        if i % 3 == 0:
            stat16 += i
        if i % 4 == 1:
            stat17 += i
        if i % 5 == 0:
            stat18 += i
        if i % 6 == 1:
            stat19 += i
        if i % 2 == 0:
            stat20 += i
        if i % 3 == 1:
            stat21 += i
        if i % 4 == 0:
            stat22 += i
        if i % 5 == 1:
            stat23 += i
        if i % 6 == 0:
            stat24 += i
        if i % 2 == 1:
            stat25 += i
        if i % 3 == 0:
            stat26 += i
        if i % 4 == 1:
            stat27 += i
        if i % 5 == 0:
            stat28 += i
        if i % 6 == 1:
            stat29 += i
        if i % 2 == 0:
            stat30 += i
        if i % 3 == 1:
            stat31 += i


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 24, count
