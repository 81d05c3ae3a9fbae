a = [x for x in range(10)]
b = [x * y for x in range(3) for y in range(4) if x if y > 1]
c = [(x, y) for x, y in pairs]
d = [[y for y in x] for x in xs]
e = [x for x in [1, 2, 3] if x not in [2]]
def f(n):
    return [i + n for i in range(n)]
