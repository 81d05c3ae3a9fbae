# hex/octal/binary/float literals, implicit string concatenation, semicolons, one-line compound statements
import threading
import sys

MASK = 0xFF; SHIFT = 0o17; BITS = 0b1011
rate = 1e-3 + 2.5E2 - .5
big_total = 1_000_000 * 10
name = "thread" "-" 'pool'
raw = r"C:\path\n"
text = """multi
line"""
a = b = c = 0
total = \
    MASK + SHIFT


def step(x):
    """Add x to the total; docstring kept as first constant."""
    global total
    total += x; total -= 0
    return total


def nothing():
    pass


if total: pass
while not total: pass
for i in range(3): step(i)
print()
print(name, raw, text, big_total, rate, sep="\n")
worker = threading.Thread(target=step, args=(BITS,))
worker.start(); worker.join()
sys.setswitchinterval(0.005)
