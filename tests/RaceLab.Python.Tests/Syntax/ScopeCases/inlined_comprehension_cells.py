fs = [lambda: i for i in range(3)]
gs = [[lambda: j + k for j in range(k)] for k in range(2)]


def make(n):
    return [lambda: i * n for i in range(n)]


def shadow(i):
    values = [i for i in range(i)]
    return [lambda: i for _ in values]
