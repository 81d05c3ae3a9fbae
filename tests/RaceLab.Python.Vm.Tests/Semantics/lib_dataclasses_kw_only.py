# dataclasses (3.10+): kw_only=True, KW_ONLY, field(kw_only=True); the keyword-only binding errors. 3.9 has no KW_ONLY.
from dataclasses import dataclass, field, KW_ONLY

@dataclass(kw_only=True)
class Job:
    name: str
    retries: int = 3

@dataclass
class Task:
    name: str
    _: KW_ONLY
    priority: int = 0
    tags: list = field(default_factory=list)

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass
class Mixed:
    a: int
    b: int = field(default=1, kw_only=True)
    c: int = 2

print(Job(name="a"), Task("t", priority=2), Point(1), Mixed(1, 5, b=3))
try:
    Job("a")
except TypeError as e:
    print("TypeError", e)
try:
    Job()
except TypeError as e:
    print("TypeError", e)
try:
    Task("a", "b", priority=1)
except TypeError as e:
    print("TypeError", e)
print(Task.__match_args__, Mixed.__match_args__)
