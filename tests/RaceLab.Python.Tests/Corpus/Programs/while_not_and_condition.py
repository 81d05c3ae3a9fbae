# while not flag and count < limit (3.11 copies the shared return per jump, newest block first)
import threading

flag = False
count = 0
limit = 50


def check(a, b, c=None):
    ok = a and b or c
    both = a > 0 and b > 0
    either = not a or b is None
    inside = 0 <= a < b <= 100
    value = a if inside else -b
    return ok, both, either, inside, value


def worker():
    global count, flag
    while not flag and count < limit:
        count += 1
        if count >= limit or check(count, limit)[3] is False:
            flag = True


t = threading.Thread(target=worker)
t.start()
t.join()
print(check(1, 2), check(0, 5, c=7), count, flag)
