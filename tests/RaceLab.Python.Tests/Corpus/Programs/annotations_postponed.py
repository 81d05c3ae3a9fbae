"""Annotations under from __future__ import annotations (PEP 563): strings, never evaluated."""
from __future__ import annotations

import threading
from typing import Dict, Optional

registry: Dict[str, Optional[int]] = {}
pending: list[int | None]
(paren): "int" = 3
lock = threading.Lock()


class Account:
    balance: int = 0
    owner: Optional[str]
    history: list[tuple[int, ...]]

    def deposit(self, amount: int, *args: float, note: str | None = None, **kw: Dict[str, -1]) -> Account:
        self.balance: int = self.balance + amount
        total: float = 0.5
        return self

    def transfer(self, other: "Account", n: int = 2 ** 3, fee: int = -1) -> tuple[Account, Account]:
        return (self, other)


def worker(acct: Account, times: int, flags: [int, str] = None) -> None:
    for _ in range(times):
        acct.deposit(1)
    registry[acct.owner or "x"]: int = times


obj = Account()
obj.owner: str
registry["k"]: int
print(__annotations__)
