count: int = 0
pending: list
(parenthesised): int = 3
obj.attr: int
items[0]: "str" = "a"
def worker(c: Counter, times: int = 1, /, *args: int, flag: bool, **kw: "object") -> None:
    local: float = 1.5
    return None
