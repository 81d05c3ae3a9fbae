namespace RaceLab.Python.Vm.Values;

/// <summary>A built-in type object (int, str, tuple...): what type() returns and isinstance() tests.</summary>
internal class PyType(string name, PyType? baseType = null) : PyHeapObject
{
    public string Name { get; } = name;

    public PyType? Base { get; } = baseType;

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
