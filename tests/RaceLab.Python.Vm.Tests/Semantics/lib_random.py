# random: seeded generators give CPython's numbers (MT19937), and the Python layer over them matches random.py.
import random
import sys

random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 6), random.randrange(10), random.randrange(3, 100, 7))
print(random.getrandbits(5), random.getrandbits(70))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.choice("abcdef"), random.sample(range(100), 5), random.sample(range(30), 8))
print(random.uniform(2.5, 3.5))
print(random.choices(["a", "b", "c"], k=5), random.choices("xyz", weights=[1, 5, 2], k=6))
random.seed("racelab")
print(random.random())
random.seed(-123456789012345678901234567890)
print(random.randint(0, 10**20))
random.seed(3.25)
print(random.random())
r = random.Random(7)
print(r.random(), r.randint(0, 1000))
r2 = random.Random(7)
print(r2.random() == random.Random(7).random())
print(sys.version_info[:2] >= (3, 9))
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
