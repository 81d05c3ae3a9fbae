# A class with a docstring, a class attribute and methods that update instance attributes.
class Counter:
    """Counts things."""
    step = 1

    def __init__(self, start=0):
        self.value = start

    def increment(self):
        self.value += self.step

    def add(self, n):
        self.value = self.value + n
        return self.value


c = Counter()
c.increment()
print(c.add(2), Counter.step)
