# conditional expressions, chained comparisons and and/or values inside loops; default None
import threading

score = 0


def play(rounds, bonus=None):
    global score
    if bonus is None:
        bonus = 1
    for r in range(rounds):
        delta = bonus if r % 4 == 0 else -1
        ok = 0 < delta <= 10
        score += delta if ok else 0
        flag = r > 5 and r < 10 or r == 0
        if not flag:
            continue
    k = 0
    while (k if k < 10 else 0) < 5:
        k += 1
    return score


threads = [threading.Thread(target=play, args=(100,), kwargs={"bonus": b}) for b in (None, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("score:", score, sep="", end="!\n")
