# RaceLab's typing module, run by the simulator on the selected CPython release.
#
# As in CPython 3.9-3.13 (Lib/typing.py), the runtime objects of type hints are Python: special forms (Any,
# Union, Optional), aliases of the built-in and abstract containers (List, Dict, Callable, ...) that subscription
# turns into generic aliases printed as CPython prints them (typing.Dict[str, int]), TypeVar, Generic and
# Protocol (whose subscription goes through __class_getitem__), cast, NamedTuple's functional form, and
# TYPE_CHECKING. 3.12 moved TypeVar and Generic into C (Objects/typevarobject.c); here they stay Python on every
# release, with the same repr. Nothing here takes a lock: a program only builds these objects once.
#
# Not modelled: NamedTuple's class form and TypedDict (they need annotations), ParamSpec, Literal, Annotated,
# get_type_hints, overload, the abstract aliases' isinstance() checks (collections.abc is not modelled).

import sys
import collections

TYPE_CHECKING = False

_NEW_MESSAGES = sys.version_info >= (3, 11)
_ARGUMENTS = 'arguments' if sys.version_info >= (3, 10) else 'parameters'


def _type_repr(obj):
    """How an argument of a generic alias prints: a class by its (qualified) name, ... as ..., else repr()."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    return repr(obj)


def _type_check(arg):
    """None stands for its type in a hint."""
    if arg is None:
        return type(None)
    return arg


def _params(params):
    if not isinstance(params, tuple):
        params = (params,)
    return params


class _SpecialForm(object):
    """Any, Union, Optional, ClassVar...: a name that cannot be instantiated, some subscriptable."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)


class _AnyForm(_SpecialForm):
    def __call__(self, *args, **kwds):
        if _NEW_MESSAGES:
            raise TypeError("Any cannot be instantiated")
        raise TypeError("Cannot instantiate typing.Any")


class _GenericAlias(object):
    """origin[args]: what subscribing an alias, Generic or a generic class gives; calling it makes an origin."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __call__(self, *args, **kwargs):
        if self._name is not None:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__.lower()}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return False
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        # Substituting the alias's type variables: Dict[str, T][int] is Dict[str, int].
        params = _params(params)
        if len(params) != len(self.__parameters__):
            raise TypeError(f"Too many {_ARGUMENTS} for {self}; actual {len(params)}, expected {len(self.__parameters__)}")
        mapping = dict(zip(self.__parameters__, params))
        args = tuple(mapping.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__)
        return _GenericAlias(self.__origin__, args, self._name)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if not self.__args__:
            return name + '[()]'
        return name + '[' + ', '.join([_type_repr(a) for a in self.__args__]) + ']'


class _CallableAlias(_GenericAlias):
    """Callable[[args], result]: printed with its argument list in brackets."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., ' + _type_repr(args[1]) + ']'
        return ('typing.Callable[[' + ', '.join([_type_repr(a) for a in args[:-1]]) + '], '
                + _type_repr(args[-1]) + ']')


class _UnionAlias(_GenericAlias):
    """Union[...]: flattened, without repeats; printed as Optional[X] when it is X or None."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return 'typing.Optional[' + _type_repr(args[1]) + ']'
            if args[1] is type(None):
                return 'typing.Optional[' + _type_repr(args[0]) + ']'
        return 'typing.Union[' + ', '.join([_type_repr(a) for a in args]) + ']'

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return False
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _SpecialGenericAlias(object):
    """List, Dict, Callable...: typing's name for a container, subscriptable with a fixed number of arguments."""

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, params):
        params = _params(params)
        if len(params) != self._nparams:
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f"Too {many} {_ARGUMENTS} for {self}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, tuple(_type_check(p) for p in params), self._name)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple')
        params = _params(params)
        return _GenericAlias(tuple, tuple(p if p is ... else _type_check(p) for p in params), 'Tuple')


class _CallableSpecialAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            return _CallableAlias(self.__origin__, (..., _type_check(result)), 'Callable')
        if not isinstance(args, list):
            raise TypeError(f"Callable[args, result]: args must be a list. Got {args}")
        return _CallableAlias(self.__origin__, tuple(_type_check(a) for a in args) + (_type_check(result),), 'Callable')


def _union(form, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in _params(parameters):
        p = _type_check(p)
        if isinstance(p, _UnionAlias):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat))


def _optional(form, parameters):
    return Union[parameters, None]


def _classvar(form, parameters):
    return _GenericAlias(form, (parameters,), form._name)


Any = _AnyForm('Any')
NoReturn = _SpecialForm('NoReturn')
ClassVar = _SpecialForm('ClassVar', _classvar)
Final = _SpecialForm('Final', _classvar)
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)


class _AbstractOrigin(object):
    """A collections.abc class (not modelled here): only its name, for __origin__."""

    def __init__(self, name):
        self.__name__ = name
        self.__qualname__ = name

    def __repr__(self):
        return "<class 'collections.abc." + self.__name__ + "'>"


List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Type = _SpecialGenericAlias(type, 1, 'Type')
Tuple = _TupleAlias(tuple, -1, 'Tuple')
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
Callable = _CallableSpecialAlias(_AbstractOrigin('Callable'), 2, 'Callable')
Iterable = _SpecialGenericAlias(_AbstractOrigin('Iterable'), 1, 'Iterable')
Iterator = _SpecialGenericAlias(_AbstractOrigin('Iterator'), 1, 'Iterator')
Generator = _SpecialGenericAlias(_AbstractOrigin('Generator'), 3, 'Generator')
Sequence = _SpecialGenericAlias(_AbstractOrigin('Sequence'), 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_AbstractOrigin('MutableSequence'), 1, 'MutableSequence')
Mapping = _SpecialGenericAlias(_AbstractOrigin('Mapping'), 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_AbstractOrigin('MutableMapping'), 2, 'MutableMapping')
AbstractSet = _SpecialGenericAlias(_AbstractOrigin('Set'), 1, 'AbstractSet')
Collection = _SpecialGenericAlias(_AbstractOrigin('Collection'), 1, 'Collection')
Hashable = _AbstractOrigin('Hashable')
Sized = _AbstractOrigin('Sized')


class TypeVar(object):
    """A type variable: printed ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__




class Generic(object):
    """The base of generic classes: Generic[T] as a base, and Box[int] on a subclass."""

    def __class_getitem__(cls, params):
        params = _params(params)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables")
        return _GenericAlias(cls, params)


class Protocol(Generic):
    """The base of structural types (their isinstance() checks are not modelled)."""


def cast(typ, val):
    """Return val: a cast only informs a type checker."""
    return val


def NamedTuple(typename, fields=None, **kwargs):
    """NamedTuple('P', [('x', int), ('y', int)]): collections.namedtuple with the fields' names."""
    if fields is None:
        fields = kwargs.items()
    names = [name for name, _ in fields]
    return collections.namedtuple(typename, names)


def no_type_check(arg):
    return arg


def overload(func):
    return func


def final(f):
    return f


def runtime_checkable(cls):
    return cls
