namespace RaceLab.Python.Vm.Values;

/// <summary>
/// An instance of the program's subclass of dict, list, tuple, set or frozenset is the built-in object itself with
/// a class (as in CPython, where it is a dict whose ob_type is the subclass): every native operation sees a real
/// container, and only what the class defines in Python goes through its methods. An int, float or str is a value
/// with no room for a class, so a subclass instance of one is a <see cref="PyInstance"/> carrying the value
/// (<see cref="PyInstance.NativeValue"/>), which the built-in operations take in its place (<see cref="Unwrap"/>).
/// </summary>
internal static class BuiltinSubclass
{
    /// <summary>Whether a class statement may name this built-in type as a base.</summary>
    public static bool IsSubclassable(PyType type) =>
        ReferenceEquals(type, Tags.Dict) || ReferenceEquals(type, Tags.List) || ReferenceEquals(type, Tags.Tuple)
        || ReferenceEquals(type, Tags.Set) || ReferenceEquals(type, Tags.FrozenSet) || IsValueType(type);

    /// <summary>int, float and str: the built-in types whose subclass instances carry a value (<see cref="PyInstance.NativeValue"/>).</summary>
    public static bool IsValueType(PyType type) =>
        ReferenceEquals(type, Tags.Int) || ReferenceEquals(type, Tags.Float) || ReferenceEquals(type, Tags.Str);

    /// <summary>The int, float or str a subclass instance is; any other value unchanged.</summary>
    public static PyValue Unwrap(PyValue value) =>
        value.Ref is PyInstance { NativeValue.IsNull: false } instance ? instance.NativeValue : value;

    /// <summary>Whether the value is an instance of a subclass of int, float or str.</summary>
    public static bool HasNativeValue(PyValue value) => value.Ref is PyInstance { NativeValue.IsNull: false };

    /// <summary>The program's class of a container subclass instance; null for plain ones and everything else.</summary>
    public static PyClass? ClassOf(object? value) => value switch
    {
        PyDict d => d.Class,
        PyList l => l.Class,
        PyTuple t => t.Class,
        PySet s => s.Class,
        _ => null,
    };

    /// <summary>A subclass instance's own attributes: null when it has none yet (and <paramref name="create"/> is false).</summary>
    public static Dictionary<string, PyValue>? DictOf(object? value, bool create) => value switch
    {
        PyDict { Class: not null } d => create ? d.Dict ??= new(StringComparer.Ordinal) : d.Dict,
        PyList { Class: not null } l => create ? l.Dict ??= new(StringComparer.Ordinal) : l.Dict,
        PyTuple { Class: not null } t => create ? t.Dict ??= new(StringComparer.Ordinal) : t.Dict,
        PySet { Class: not null } s => create ? s.Dict ??= new(StringComparer.Ordinal) : s.Dict,
        _ => null,
    };

    /// <summary>
    /// What the built-in base's <c>__new__</c> makes for <paramref name="type"/>: an empty dict, list or set (their
    /// <c>__init__</c> fills them), or the tuple or frozenset of <paramref name="items"/> (filled by <c>__new__</c>).
    /// </summary>
    public static PyHeapObject New(PyClass type, List<PyValue> items)
    {
        var native = type.NativeBase;
        if (ReferenceEquals(native, Tags.Dict))
        {
            return new PyDict { Class = type };
        }

        if (ReferenceEquals(native, Tags.Set) || ReferenceEquals(native, Tags.FrozenSet))
        {
            var set = PySet.Of(ReferenceEquals(native, Tags.Set) ? [] : items, frozen: ReferenceEquals(native, Tags.FrozenSet));
            set.Class = type;
            return set;
        }

        return ReferenceEquals(native, Tags.List) ? new PyList([]) { Class = type } : new PyTuple([.. items]) { Class = type };
    }
}
