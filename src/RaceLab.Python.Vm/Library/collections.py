# RaceLab's collections module, run by the simulator on the selected CPython release.
#
# As in CPython 3.9-3.13 (Lib/collections/__init__.py over Modules/_collectionsmodule.c): deque, defaultdict
# and _count_elements are C (_collections) and native here, each call atomic under the GIL; a defaultdict's
# factory, when it is Python code, runs as a frame of its own. Counter and namedtuple are Python, as here:
# Counter is a dict subclass whose missing keys count zero, so `c[k] += 1` is a read and a separate write
# (an update can be lost between them), while Counter(iterable) and update(iterable) count the whole
# iterable in one C call. namedtuple builds its class with type(name, (tuple,), namespace) as CPython does,
# from functions written here rather than from generated source (CPython execs a generated __new__), so its
# argument errors are raised by __new__ below in the words of the generated function's.

import sys
from _collections import deque, defaultdict, _count_elements

_RICH_COUNTER_COMPARISONS = sys.version_info >= (3, 10)


def _by_count(pair):
    return pair[1]


def _unsupported(symbol, left, right):
    raise TypeError(f"unsupported operand type(s) for {symbol}: '{type(left).__name__}' and '{type(right).__name__}'")


class Counter(dict):
    """A dict of element counts; a missing element counts zero."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    if _RICH_COUNTER_COMPARISONS:
        def total(self):
            """The sum of the counts (3.10+)."""
            return sum(self.values())

    def most_common(self, n=None):
        """The n most common elements and their counts, most common first; ties keep insertion order."""
        ranked = sorted(self.items(), key=_by_count, reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        """Each element repeated as many times as its count (none for a count below one)."""
        for element, count in self.items():
            for _ in range(count):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of counts."""
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    for element, count in iterable.items():
                        self[element] = count + self.get(element, 0)
                else:
                    # An empty counter takes the mapping's counts as they are (dict.update, C).
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts; counts may go to zero or below."""
        if iterable is not None:
            if isinstance(iterable, dict):
                for element, count in iterable.items():
                    self[element] = self.get(element, 0) - count
            else:
                for element in iterable:
                    self[element] = self.get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, element):
        # Deleting an element that is not there is not an error.
        if element in self:
            dict.__delitem__(self, element)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            counts = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown in insertion order.
            counts = dict(self)
        return f'{self.__class__.__name__}({counts!r})'

    if _RICH_COUNTER_COMPARISONS:
        def __eq__(self, other):
            """Equal counts, a missing element counting zero (3.10+)."""
            if not isinstance(other, Counter):
                # CPython returns NotImplemented, and the other side's dict comparison decides.
                return isinstance(other, dict) and dict(self) == other
            for side in (self, other):
                for element in side:
                    if self[element] != other[element]:
                        return False
            return True

        def __ne__(self, other):
            return not self == other

    def __add__(self, other):
        if not isinstance(other, Counter):
            # NotImplemented in CPython, which no other operand of the simulator's types answers.
            _unsupported('+', self, other)
        result = Counter()
        for element, count in self.items():
            summed = count + other[element]
            if summed > 0:
                result[element] = summed
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            # NotImplemented in CPython, which no other operand of the simulator's types answers.
            _unsupported('-', self, other)
        result = Counter()
        for element, count in self.items():
            left = count - other[element]
            if left > 0:
                result[element] = left
        for element, count in other.items():
            if element not in self and count < 0:
                result[element] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            # NotImplemented in CPython, which no other operand of the simulator's types answers.
            _unsupported('|', self, other)
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            largest = other_count if count < other_count else count
            if largest > 0:
                result[element] = largest
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            # NotImplemented in CPython, which no other operand of the simulator's types answers.
            _unsupported('&', self, other)
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            smallest = count if count < other_count else other_count
            if smallest > 0:
                result[element] = smallest
        return result

    def _keep_positive(self):
        for element in [e for e, count in self.items() if not count > 0]:
            del self[element]
        return self

    def __iadd__(self, other):
        for element, count in other.items():
            self[element] += count
        return self._keep_positive()

    def __isub__(self, other):
        for element, count in other.items():
            self[element] -= count
        return self._keep_positive()


# A tuple rather than a frozenset: the explorer's state copies of a frozenset a function reads do not yet replay
# identically (see the report of the branch lib-collections).
_KEYWORDS = (
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
    'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield')
_IDENTIFIER_START = '_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_IDENTIFIER_REST = _IDENTIFIER_START + '0123456789'
_QUALIFIED_ARGUMENT_ERRORS = sys.version_info >= (3, 10)
# _replace with an unknown field: ValueError through 3.12, TypeError from 3.13.
_REPLACE_ERROR = TypeError if sys.version_info >= (3, 13) else ValueError


def _is_identifier(name):
    # ASCII identifiers only (str.isidentifier also accepts other Unicode letters).
    if not name or name[0] not in _IDENTIFIER_START:
        return False
    for char in name:
        if char not in _IDENTIFIER_REST:
            return False
    return True


def _quoted_list(names):
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


class _Missing:
    pass


_MISSING = _Missing()


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass whose fields are also read by name."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if not _is_identifier(name) or name in _KEYWORDS or name.startswith('_') or name in seen:
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if not _is_identifier(name):
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    fields = tuple(field_names)
    count = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > count:
            raise TypeError('Got more default values than field names')
        for name, value in zip(fields[count - len(defaults):], defaults):
            field_defaults[name] = value
    # 3.9 names the generated function by its code (a lambda's); 3.10+ by its __qualname__.
    new_name = typename + '.__new__' if _QUALIFIED_ARGUMENT_ERRORS else '<lambda>'

    def __new__(_cls, *args, **kwargs):
        if len(args) > count:
            fewest = count - len(field_defaults) + 1
            takes = f'{count + 1}' if fewest == count + 1 else f'from {fewest} to {count + 1}'
            raise TypeError(f'{new_name}() takes {takes} positional arguments but {len(args) + 1} were given')
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            else:
                values.append(field_defaults.get(name, _MISSING))
        for name in kwargs:
            if name in fields:
                raise TypeError(f"{new_name}() got multiple values for argument '{name}'")
            raise TypeError(f"{new_name}() got an unexpected keyword argument '{name}'")
        missing = [name for name, value in zip(fields, values) if value is _MISSING]
        if missing:
            plural = 's' if len(missing) > 1 else ''
            raise TypeError(f'{new_name}() missing {len(missing)} required positional argument{plural}: {_quoted_list(missing)}')
        return tuple.__new__(_cls, values)

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != count:
            raise TypeError(f'Expected {count} arguments, got {len(made)}')
        return made

    def _replace(self, /, **kwds):
        made = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise _REPLACE_ERROR(f'Got unexpected field names: {list(kwds)!r}')
        return made

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join([f'{name}={value!r}' for name, value in zip(fields, self)]) + ')'

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({", ".join(fields)})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__module__': '__main__' if module is None else module,
    }
    for index, name in enumerate(fields):
        namespace[name] = property(lambda self, _index=index: self[_index])
    return type(typename, (tuple,), namespace)
