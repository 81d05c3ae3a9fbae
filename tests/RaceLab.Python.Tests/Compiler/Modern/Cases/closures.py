import threading


def make_counter(start=0, *, step=1):
    total = start

    def bump(n=step):
        nonlocal total
        total += n
        return total

    def peek():
        return total

    return bump, peek


def outer():
    x = 1
    values = [x + i for i in range(3)]
    f = lambda y: x + y
    return values, f(2)


bump, peek = make_counter(5, step=2)
for _ in range(3):
    bump()
print(peek(), outer())
