namespace RaceLab.Python.Vm.Values;

/// <summary>
/// An instance of the program's subclass of dict, list or tuple is the built-in object itself with a class
/// (as in CPython, where it is a dict whose ob_type is the subclass): every native operation sees a real
/// dict, list or tuple, and only what the class defines in Python goes through its methods.
/// </summary>
internal static class BuiltinSubclass
{
    /// <summary>Whether a class statement may name this built-in type as a base.</summary>
    public static bool IsSubclassable(PyType type) =>
        ReferenceEquals(type, Tags.Dict) || ReferenceEquals(type, Tags.List) || ReferenceEquals(type, Tags.Tuple);

    /// <summary>The program's class of a dict, list or tuple subclass instance; null for plain ones and everything else.</summary>
    public static PyClass? ClassOf(object? value) => value switch
    {
        PyDict d => d.Class,
        PyList l => l.Class,
        PyTuple t => t.Class,
        _ => null,
    };

    /// <summary>A subclass instance's own attributes: null when it has none yet (and <paramref name="create"/> is false).</summary>
    public static Dictionary<string, PyValue>? DictOf(object? value, bool create) => value switch
    {
        PyDict { Class: not null } d => create ? d.Dict ??= new(StringComparer.Ordinal) : d.Dict,
        PyList { Class: not null } l => create ? l.Dict ??= new(StringComparer.Ordinal) : l.Dict,
        PyTuple { Class: not null } t => create ? t.Dict ??= new(StringComparer.Ordinal) : t.Dict,
        _ => null,
    };

    /// <summary>
    /// What the built-in base's <c>__new__</c> makes for <paramref name="type"/>: an empty dict or list (their
    /// <c>__init__</c> fills them), or the tuple of <paramref name="items"/> (a tuple is filled by <c>__new__</c>).
    /// </summary>
    public static PyHeapObject New(PyClass type, List<PyValue> items)
    {
        var native = type.NativeBase;
        if (ReferenceEquals(native, Tags.Dict))
        {
            return new PyDict { Class = type };
        }

        return ReferenceEquals(native, Tags.List) ? new PyList([]) { Class = type } : new PyTuple([.. items]) { Class = type };
    }
}
