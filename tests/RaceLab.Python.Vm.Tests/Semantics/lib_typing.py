# typing's runtime objects: the special forms and container aliases and how their subscriptions print (Union
# flattened and deduplicated, Optional, Callable's argument list, Tuple[()]), TypeVar, a Generic class and its
# subscription, Protocol, cast, TYPE_CHECKING, NamedTuple's functional form, and the errors of misuse.
from typing import List, Dict, Optional, Any, Callable, Tuple, Union, TypeVar, Generic, Iterable, Iterator, Set, cast, NamedTuple, Protocol
import typing

print(List, Dict, Optional, Any, Callable, Tuple, Union, Iterable, Iterator, Set, Generic, Protocol)
print(List[int], Dict[str, int], Optional[int], Optional[List[str]], Union[int, str], Union[int, None], Union[int, str, None])
print(Callable[[int], str], Callable[..., int], Callable[[], None], Tuple[int, ...], Tuple[int, str], Tuple[()])
print(Union[int], Union[int, int], Union[int, Union[str, float]], Optional[Optional[int]])
T = TypeVar('T')
K = TypeVar('K', bound=int)
V = TypeVar('V', int, str)
print(T, K, V, T.__name__, TypeVar('C', covariant=True), TypeVar('D', contravariant=True))
print(Dict[str, T], List[T], Iterable[int], Iterator[str], Set[int], Dict[str, T][int])


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item

    def get(self):
        return self.item


b = Box(3)
print(b.get(), Box[int], Box[int](5).get(), isinstance(b, Box), Box.__name__)


class IntList(List[int]):
    pass


numbers = IntList([3, 1, 2])
numbers.append(0)
print(sorted(numbers), isinstance(numbers, list))
print(cast(int, "x"), cast(List[int], [1]), typing.TYPE_CHECKING)
if typing.TYPE_CHECKING:
    print("never")
P = NamedTuple('P', [('x', int), ('y', int)])
p = P(1, 2)
print(p, p.x + p.y, P._fields)
print(List[int] == List[int], List[int] == List[str], Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
print(List[int].__origin__, Dict[str, int].__args__, Optional[int].__args__)


class Shape(Protocol):
    def area(self):
        ...


class Square:
    def area(self):
        return 4


print(Shape.__name__, Square().area())
try:
    List[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Any()
except TypeError as e:
    print("TypeError", e)
