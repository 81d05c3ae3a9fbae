global gx
gx = 1
if True:
    a = 1
else:
    a = 2
if 0:
    b = 3
while False:
    c = 4
while True:
    break


def f(n):
    for i in range(n):
        for j in "abc":
            for k in (1, 2):
                if i == j:
                    return i, j, k
    if not True:
        return -1
    return None


x = 1 if True else 2
y = [] or "default"
z = "" and 1
print(a, f(2), x, y, z, gx)
