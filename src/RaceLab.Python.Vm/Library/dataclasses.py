# RaceLab's dataclasses module, run by the simulator on the selected CPython release.
#
# As in CPython 3.9-3.13 (Lib/dataclasses.py, pure Python): @dataclass reads the class's own __annotations__ in
# order, makes a Field of each (a plain default, or field(...) as the class attribute), merges the fields of
# dataclass bases (in reverse MRO order) and adds __init__, __repr__, __eq__, the order methods, __hash__ and,
# when frozen, __setattr__/__delattr__ raising FrozenInstanceError; fields(), asdict(), astuple(), replace(),
# is_dataclass().
#
# The difference: CPython generates each method's source text and exec()s it, so __init__ has a real signature
# (def __init__(self, x, y=_dflt_y)). The simulator has no exec(), so the methods here are closures over the
# field list, and __init__ takes (self, *args, **kwargs) and binds them itself, in the order CPython's argument
# binding checks them (keywords, then the positional count, then what is missing), with the same messages
# ('P.__init__() missing 1 required positional argument: 'y'' on 3.10+, '__init__() ...' on 3.9, which names a
# function by its code). What a program sees -- the repr text, equality, ordering, hashing, the errors -- is
# CPython's; inspect.signature() and the methods' code are not.
#
# ClassVar and InitVar annotations make pseudo-fields (in __dataclass_fields__, not in fields(); an InitVar is an
# __init__ parameter passed on to __post_init__), and kw_only / KW_ONLY / field(kw_only=) (3.10+) make keyword-only
# __init__ parameters.
#
# Not modelled: slots=True, weakref_slot,
# match_args beyond __match_args__, unsafe_hash=True, make_dataclass, deep copies in asdict()/astuple() of values
# other than dataclasses, lists, tuples and dicts (they are shared, not copied).

import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'MISSING',
           'fields', 'asdict', 'astuple', 'replace', 'is_dataclass']

_QUALIFIED_ARGUMENT_ERRORS = sys.version_info >= (3, 10)
_MATCH_ARGS = sys.version_info >= (3, 10)
_HASH_CHECKS_MUTABLE = sys.version_info >= (3, 11)
_FIELDWISE_EQ = sys.version_info >= (3, 13)
_NEW_MESSAGES = sys.version_info >= (3, 13)
_KW_ONLY_FIELDS = sys.version_info >= (3, 10)


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            return f'dataclasses.InitVar[{self.type.__name__}]'
        return f'dataclasses.InitVar[{self.type!r}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


if _KW_ONLY_FIELDS:
    class _KW_ONLY_TYPE:
        pass

    KW_ONLY = _KW_ONLY_TYPE()
    __all__.append('KW_ONLY')


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only=MISSING):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(' + f'name={self.name!r},' + f'type={self.type!r},' + f'default={self.default!r},'
                + f'default_factory={self.default_factory!r},' + f'init={self.init!r},' + f'repr={self.repr!r},'
                + f'hash={self.hash!r},' + f'compare={self.compare!r},' + f'metadata={self.metadata!r},'
                + (f'kw_only={self.kw_only!r},' if _KW_ONLY_FIELDS else '') + f'_field_type={self._field_type})')


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


if _KW_ONLY_FIELDS:
    def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None,
              kw_only=MISSING):
        """What a class attribute says of its field when a plain default is not enough."""
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError('cannot specify both default and default_factory')
        return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)
else:
    def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None):
        """What a class attribute says of its field when a plain default is not enough."""
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError('cannot specify both default and default_factory')
        return Field(default, default_factory, init, repr, hash, compare, metadata)


def _quoted_list(names):
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _is_mutable_default(value):
    if _HASH_CHECKS_MUTABLE:
        # 3.11+: a default whose class's __hash__ is None (list, dict, set, a class defining only __eq__).
        cls = type(value)
        return cls in (list, dict, set) or getattr(cls, '__hash__', 0) is None
    return isinstance(value, (list, dict, set))


def _is_classvar(annotation):
    # typing.ClassVar or ClassVar[...] (CPython looks typing up in sys.modules, so as not to import it).
    origin = getattr(annotation, '__origin__', annotation)
    return type(origin).__name__ == '_SpecialForm' and getattr(origin, '_name', None) == 'ClassVar'


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif annotation is InitVar or type(annotation) is InitVar:
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if _KW_ONLY_FIELDS and f._field_type is not _FIELD_CLASSVAR and f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if f._field_type is _FIELD and f.default is not MISSING and _is_mutable_default(f.default):
        raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
    return f


def _init_fn(cls, fields_, frozen):
    """__init__(self, *args, **kwargs) binding its arguments as the generated def would."""
    init_fields = [f for f in fields_ if f._field_type is not _FIELD_CLASSVAR and f.init]
    params = [f for f in init_fields if f.kw_only is not True]
    keyword_only = [f for f in init_fields if f.kw_only is True]
    initvars = [f.name for f in fields_ if f._field_type is _FIELD_INITVAR]
    seen_default = None
    for f in params:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            if _NEW_MESSAGES:
                raise TypeError(f'non-default argument {f.name!r} follows default argument {seen_default.name!r}')
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    names = [f.name for f in params]
    keyword_names = [f.name for f in keyword_only]
    count = len(params)
    required = len([f for f in params if f.default is MISSING and f.default_factory is MISSING])
    call_name = cls.__qualname__ + '.__init__' if _QUALIFIED_ARGUMENT_ERRORS else '__init__'

    def __init__(self, *args, **kwargs):
        for name in kwargs:
            if name not in names and name not in keyword_names:
                raise TypeError(f"{call_name}() got an unexpected keyword argument '{name}'")
            if name in names and names.index(name) < len(args):
                raise TypeError(f"{call_name}() got multiple values for argument '{name}'")
        if len(args) > count:
            takes = f'{count + 1}' if required == count else f'from {required + 1} to {count + 1}'
            plural = 's' if count + 1 != 1 else ''
            given = len(args) + 1
            keywords_given = len([name for name in kwargs if name in keyword_names])
            if keywords_given:
                given_plural = 's' if given != 1 else ''
                keyword_plural = 's' if keywords_given != 1 else ''
                raise TypeError(f'{call_name}() takes {takes} positional argument{plural} but {given} positional argument{given_plural}'
                                f' (and {keywords_given} keyword-only argument{keyword_plural}) were given')
            raise TypeError(f'{call_name}() takes {takes} positional argument{plural} but {given} were given')
        missing = [name for name, f in zip(names[len(args):], params[len(args):])
                   if name not in kwargs and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            plural = 's' if len(missing) > 1 else ''
            raise TypeError(f'{call_name}() missing {len(missing)} required positional argument{plural}: {_quoted_list(missing)}')
        missing = [f.name for f in keyword_only
                   if f.name not in kwargs and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            plural = 's' if len(missing) > 1 else ''
            raise TypeError(f'{call_name}() missing {len(missing)} required keyword-only argument{plural}: {_quoted_list(missing)}')
        values = list(args)
        for f in params[len(args):] + keyword_only:
            if f.name in kwargs:
                values.append(kwargs[f.name])
            elif f.default_factory is not MISSING:
                values.append(_HAS_DEFAULT_FACTORY)
            else:
                values.append(f.default)
        bound = dict(zip(names + keyword_names, values))
        for f in fields_:
            if f._field_type is not _FIELD:
                continue
            if f.init:
                value = bound[f.name]
                if value is _HAS_DEFAULT_FACTORY:
                    value = f.default_factory()
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        post_init = getattr(self, '__post_init__', None)
        if post_init is not None:
            post_init(*[bound[name] for name in initvars])

    return __init__


def _repr_fn(fields_):
    shown = [f.name for f in fields_ if f.repr]
    running = []

    def __repr__(self):
        # reprlib.recursive_repr: an object met again inside its own repr prints as '...'.
        key = id(self)
        if key in running:
            return '...'
        running.append(key)
        try:
            return self.__class__.__qualname__ + '(' + ', '.join([f'{name}={getattr(self, name)!r}' for name in shown]) + ')'
        finally:
            running.remove(key)

    return __repr__


def _tuple_of(obj, names):
    return tuple([getattr(obj, name) for name in names])


def _eq_fn(names):
    if _FIELDWISE_EQ:
        def __eq__(self, other):
            if self is other:
                return True
            if other.__class__ is self.__class__:
                result = True
                for name in names:
                    result = getattr(self, name) == getattr(other, name)
                    if not result:
                        return result
                return result
            return NotImplemented
    else:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple_of(self, names) == _tuple_of(other, names)
            return NotImplemented
    return __eq__


def _order_fns(names):
    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, names) < _tuple_of(other, names)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, names) <= _tuple_of(other, names)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, names) > _tuple_of(other, names)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, names) >= _tuple_of(other, names)
        return NotImplemented

    return [('__lt__', __lt__), ('__le__', __le__), ('__gt__', __gt__), ('__ge__', __ge__)]


def _hash_fn(names):
    def __hash__(self):
        return hash(_tuple_of(self, names))
    return __hash__


def _frozen_fns(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    """Adds a generated method unless the class defines one itself (True: it did)."""
    if name in cls.__dict__:
        return True
    if _QUALIFIED_ARGUMENT_ERRORS:
        # 3.10+ name each generated function after the class (_create_fn's __qualname__).
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    else:
        # 3.9 leaves the name exec() gave it: a local of the generated factory function.
        value.__qualname__ = f'__create_fn__.<locals>.{value.__name__}'
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    fields_ = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                fields_[f.name] = f
    own = []
    kw_only_seen = False
    for name, annotation in cls.__dict__.get('__annotations__', {}).items():
        if _KW_ONLY_FIELDS and (annotation is KW_ONLY or type(annotation) is _KW_ONLY_TYPE):
            # `_: KW_ONLY`: the fields after it are keyword-only.
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            own.append(_get_field(cls, name, annotation, kw_only))
    for f in own:
        fields_[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    cls.__dataclass_fields__ = fields_
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    all_fields = [f for f in fields_.values() if f._field_type is _FIELD]
    compared = [f.name for f in all_fields if f.compare]
    if init:
        _set_new_attribute(cls, '__init__', _init_fn(cls, list(fields_.values()), frozen))
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(all_fields))
    if eq:
        _set_new_attribute(cls, '__eq__', _eq_fn(compared))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, fn in _order_fns(compared):
            if _set_new_attribute(cls, name, fn):
                separator = '' if _NEW_MESSAGES else '.'
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}{separator} '
                                'Consider using functools.total_ordering')
    if frozen:
        setter, deleter = _frozen_fns(cls, [f.name for f in all_fields])
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
    # _hash_action: eq without frozen makes instances unhashable unless the class defines __hash__ itself.
    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if not has_own_hash:
            setattr(cls, '__hash__', _hash_fn([f.name for f in all_fields if (f.compare if f.hash is None else f.hash)]))
    elif eq and not has_own_hash:
        setattr(cls, '__hash__', None)
    if _MATCH_ARGS and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple([f.name for f in fields_.values()
                                    if f._field_type is not _FIELD_CLASSVAR and f.init and f.kw_only is not True])
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, **_later):
    """@dataclass or @dataclass(...): the class with its generated methods."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, _later.get('kw_only', False))

    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def fields(class_or_instance):
    try:
        fields_ = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in fields_.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def _asdict_inner(obj):
    if _is_dataclass_instance(obj):
        return dict([(f.name, _asdict_inner(getattr(obj, f.name))) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v) for v in obj])
    if isinstance(obj, dict):
        return dict([(_asdict_inner(k), _asdict_inner(v)) for k, v in obj.items()])
    return obj


def _astuple_inner(obj):
    if _is_dataclass_instance(obj):
        return tuple([_astuple_inner(getattr(obj, f.name)) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v) for v in obj])
    if isinstance(obj, dict):
        return dict([(_astuple_inner(k), _astuple_inner(v)) for k, v in obj.items()])
    return obj


def asdict(obj):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj)


def astuple(obj):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                error = TypeError if _NEW_MESSAGES else ValueError
                raise error(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
