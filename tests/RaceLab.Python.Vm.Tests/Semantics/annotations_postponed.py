# from __future__ import annotations (PEP 563): annotations are stored as source text and never evaluated,
# so names that do not exist yet (or at all) are fine; the __future__ module's records.
from __future__ import annotations

import __future__
import threading

registry: dict[str, Undefined | None] = {}
pending: list[int]


class Account:
    balance: int = 0
    owner: NotYetDefined

    def deposit(self, amount: int, *args: float, note: str | None = None, **kw: dict[str, -1]) -> Account:
        self.balance += amount
        return self


def worker(acct: Account, times: int) -> None:
    for _ in range(times):
        acct.deposit(1)


acct = Account()
threads = [threading.Thread(target=worker, args=(acct, 100)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(acct.balance)
print(__annotations__)
print(Account.__annotations__)
print(Account.deposit.__annotations__)
print(worker.__annotations__)
print(__future__.annotations.compiler_flag, __future__.division)
print(__future__.annotations.getOptionalRelease())
