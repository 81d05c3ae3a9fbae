"""Annotations: module, class and function annotated assignments, parameter and return annotations."""
import threading
from typing import Dict

count: int = 0
names: Dict[str, int] = {}
pending: list
lock = threading.Lock()


class Counter:
    """A counter."""
    value: int = 0
    label: str

    def __init__(self, start: int = 0, *args: int, step: "int" = 1, **kw: object) -> None:
        self.value: int = start
        self.step = step
        total: float
        local: int = 5
        self.other: int

    def incr(self, n: int) -> int:
        with lock:
            self.value += n
        return self.value


def worker(c: Counter, times: int, /, extra: bool = False) -> None:
    for _ in range(times):
        c.incr(1)
    x: int
    names["a"]: int = 1


if count == 0:
    flag: bool = True
(paren): int = 3
obj = Counter()
obj.value: int
names["b"]: int
names[1:2]: int
print(Counter.__annotations__ if hasattr(Counter, "__annotations__") else None)
print(__annotations__)
