# constant if/while/assert/conditional-expression tests folded away per version
import threading

x = 0
if False:
    x = 1
if 1:
    x = 2
if 0:
    x = 3
else:
    x = 4
while 0:
    x += 1
y = 1 if True else 2
z = 3 if 0 else 4
w = not True
v = not False and x
assert True
assert 1, "never"


def f(n):
    global x
    while 1:
        x += 1
        if x > n:
            break
    if not False:
        x -= 1
    if True and n:
        x += 2
    if False or n:
        x += 3
    return x if 1 else -x


threading.Thread(target=f, args=(10,)).start()
print(x, y, z, w, v)
