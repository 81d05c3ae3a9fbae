namespace RaceLab.Python.Vm.Values;

/// <summary>A Python exception travelling through the VM's slow paths (never for control flow in the hot loop).</summary>
internal sealed class PythonError(PyException exception) : Exception(exception.Type.Name)
{
    public PyException Exception { get; } = exception;

    public static PythonError Of(PyType type, string message) =>
        new(new PyException(type, [PyValue.FromString(message)]));
}
