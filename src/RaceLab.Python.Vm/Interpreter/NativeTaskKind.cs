namespace RaceLab.Python.Vm.Interpreter;

/// <summary>What a <see cref="NativeTask"/> is waiting for.</summary>
internal enum NativeTaskKind : byte
{
    /// <summary>The items of a generator argument, one resume at a time.</summary>
    Drain,

    /// <summary>An instance argument's __iter__, whose result is drained next.</summary>
    DrainIter,

    /// <summary>The items of an instance iterator argument, one __next__ at a time, until StopIteration.</summary>
    DrainNext,

    /// <summary>sorted / list.sort / min / max: the key of each item.</summary>
    Keys,

    /// <summary>
    /// One step of a lazy iterator (map, filter, zip, enumerate, iter(callable, sentinel)) whose iterators or
    /// function run Python: its pulls and calls one frame at a time (Machine.LazyIterators).
    /// </summary>
    Step,

    /// <summary>map / filter / zip / enumerate: an argument's Python __iter__, before the lazy iterator is made.</summary>
    IterArgs,

    /// <summary>UNPACK_SEQUENCE / CONTAINS_OP / LIST_EXTEND pulling a generator or lazy iterator (Machine.PulledOperands).</summary>
    Operand,

    /// <summary>print / str / repr: the __str__ or __repr__ of each instance argument.</summary>
    Strings,

    /// <summary>A binary operator's special methods in CPython's order, until one returns something other than NotImplemented.</summary>
    BinaryOp,

    /// <summary>A comparison's special methods (reflected ones included) in CPython's order, likewise.</summary>
    CompareOp,

    /// <summary>A defaultdict's factory, called for a missing key: its value is stored under the key.</summary>
    DefaultFactory,

    /// <summary>An lru_cache's function, called on a miss: its value is stored in the cache.</summary>
    CacheStore,

    /// <summary>
    /// A dict or set operation on a key whose __hash__ or __eq__ is Python: the key's __hash__, then __eq__ with
    /// each entry of the same hash in probe order, then the operation on the entry found (Machine.HashedKeys).
    /// </summary>
    Keyed,

    /// <summary>sorted / list.sort / min / max of objects with Python comparisons: one comparison at a time, the sort replayed (Machine.Ordering).</summary>
    Ordering,

    /// <summary>sum / any / all / filter(None) / len / `in` / list.index, count, remove: one item's special method at a time (Machine.PerItem).</summary>
    PerItem,

    /// <summary>functools.reduce: the function of the accumulated value and each item in turn.</summary>
    Reduce,

    /// <summary>== or != of tuples, lists, sets or dicts holding objects with a Python __eq__: one __eq__ at a time (Machine.Equality).</summary>
    Equality,
}
