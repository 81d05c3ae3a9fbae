namespace RaceLab.Python.Vm.Values;

/// <summary>A built-in type object (int, str, tuple...): what type() returns and isinstance() tests.</summary>
internal class PyType(string name, PyType? baseType = null) : PyHeapObject
{
    public string Name { get; } = name;

    public PyType? Base { get; } = baseType;

    /// <summary>__module__: "builtins" for the built-in types, the C module's name for others (_queue.Empty).</summary>
    public virtual string Module { get; init; } = "builtins";

    public virtual bool IsSubtypeOf(PyType other)
    {
        for (var t = this; t is not null; t = t.Base)
        {
            if (ReferenceEquals(t, other))
            {
                return true;
            }
        }

        return false;
    }
}
