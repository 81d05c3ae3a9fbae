# Annotations (PEP 3107, PEP 526): what a module, a class and a def record, and what a function body ignores.
import threading

count: int = 0
pending: list
(parenthesised): int = 3


class Counter:
    value: int = 0
    label: str

    def __init__(self, start: int = 0, *args: int, step: "int" = 1, **kw: object) -> None:
        self.value: int = start
        self.step = step
        local: float = 1.5
        self.other: int
        unused: int

    def incr(self, n: int) -> int:
        self.value += n
        return self.value


def worker(c: Counter, times: int, /, extra: bool = False) -> None:
    global count
    for _ in range(times):
        c.incr(1)
        count += 1


def plain(a, b=2):
    return a + b


def reads_unbound():
    x: int
    return x


c = Counter()
threads = [threading.Thread(target=worker, args=(c, 500)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(c.value, count, parenthesised)
print(__annotations__)
print(Counter.__annotations__)
print(Counter.__init__.__annotations__)
print(worker.__annotations__)
print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
print(sorted(Counter.incr.__annotations__))
if count:
    inside: bool = True
print(sorted(__annotations__))
try:
    reads_unbound()
except UnboundLocalError as e:
    print("UnboundLocalError")
try:
    broken: undefined_name = 1
except NameError as e:
    print(e)
print("broken" in __annotations__, broken)
