# nested comprehensions, comprehensions calling closures, lambdas capturing the loop variable
import threading

base = 10
grid = [[y for y in range(x)] for x in range(4)]
flat = [v for row in grid for v in row if v]


def scaled(factor):
    offset = factor * 2

    def apply(v):
        return v * factor + offset

    values = [apply(v) for v in range(5) if v != factor]
    nested = [[apply(a) + b for b in range(2)] for a in values]
    shadow = [factor for factor in range(3)]
    return values, nested, shadow, factor


def make_adders(n):
    return [lambda k, i=i: k + i + base for i in range(n)]


def cell_in_comp(n):
    total = 0
    fs = [lambda: i * n for i in range(n)]
    for f in fs:
        total += f()
    return total


t = threading.Thread(target=scaled, args=(3,))
t.start()
t.join()
print(grid, flat, scaled(2)[0], [f(1) for f in make_adders(3)], cell_in_comp(4))
