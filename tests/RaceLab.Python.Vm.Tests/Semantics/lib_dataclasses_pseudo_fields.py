# dataclasses: ClassVar and InitVar pseudo-fields, field(default_factory=...) and its checks, a lock per instance.
from dataclasses import dataclass, field, InitVar, fields, asdict
from typing import ClassVar, List
import threading

@dataclass
class Account:
    owner: str
    balance: int = 0
    history: List[int] = field(default_factory=list)
    bank: ClassVar[str] = "RaceBank"
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def deposit(self, n):
        with self.lock:
            self.balance += n
            self.history.append(n)

@dataclass
class Scaled:
    value: int
    factor: InitVar[int] = 2
    def __post_init__(self, factor):
        self.value *= factor

a = Account("ann")
b = Account("bob", 5)
a.deposit(3)
print(a, b, Account.bank, [f.name for f in fields(a)])
print(a.history is not b.history, a == Account("ann", 3, [3]))
s = Scaled(4)
print(s, Scaled(3, 10), [f.name for f in fields(s)])
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError", e)
print(asdict(s))
print(Account.__dataclass_fields__["bank"]._field_type, Scaled.__dataclass_fields__["factor"].type, Scaled.factor)
try:
    @dataclass
    class Bad2:
        c: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print("TypeError", e)
