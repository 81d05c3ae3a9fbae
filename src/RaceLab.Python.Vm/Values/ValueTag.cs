namespace RaceLab.Python.Vm.Values;

/// <summary>The reference half of an inline <see cref="PyValue"/> (an int, bool, float or None): its type, kept apart from the type object.</summary>
internal sealed class ValueTag(PyType type)
{
    public PyType Type { get; } = type;
}
