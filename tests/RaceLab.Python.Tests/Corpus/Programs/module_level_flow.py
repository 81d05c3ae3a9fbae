# module-level if/elif/else, for over range(a, b, step), while, big and negative constants, tuple swaps
import sys
import threading

sys.setswitchinterval(1e-6)
N = 10_000
BIG = 123456789012345678901234567890
neg = -42
counter = 0
if N > 1000:
    counter = -1
elif N < 0:
    counter = 1
else:
    counter = 0
for i in range(-5, 5, 2):
    counter += i
while counter < 100 and not counter == 50:
    counter += 7
total = BIG // 3 % 1000 - neg * 2
x, y = 1, 2
x, y = y, x
items = [1, 2, 3]
first, rest = items if len(items) > 2 else [0, 0], items[0]
print(counter, total, x, y, first, rest, sep=" | ")


def bump(by=-1):
    global counter
    counter += by


threading.Thread(target=bump, args=(-3,)).start()
