# deeply nested arithmetic, lists and tuples; nested builtin calls as arguments
import threading

x = 0
y = 1


def deep(a, b, c, d, e, f):
    global x
    x = ((a + b) * (c - d) // (e + 1) % (f + 7)) + ((a * b) - (c * d) + (e * f)) * ((a - 1) * (b + 1))
    return [a, b, c, d, e, f, [a + b, c + d, [e + f, (a, b, (c, d))]]]


def calls(n):
    return max(min(abs(n - 3), int(n * 2)), len(deep(n, n + 1, n + 2, n + 3, n + 4, n + 5)), 0)


threads = [threading.Thread(target=calls, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(x, y, calls(2))
