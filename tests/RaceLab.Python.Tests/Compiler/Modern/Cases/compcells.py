def f():
    fs = [lambda: i for i in range(3)]
    return [g() for g in fs]


def h(n):
    total = 0
    def add(k):
        nonlocal total
        total += k
    [add(k) for k in range(n)]
    return total


fs = [lambda: j for j in range(2)]
print(f(), h(4), fs[0]())
