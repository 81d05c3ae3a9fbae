namespace RaceLab.Python.Vm.Values;

/// <summary>
/// sys.stdout or sys.stderr (an _io.TextIOWrapper in CPython, C): write() and flush(), each atomic under the
/// GIL. It holds no state of its own: what it writes goes to the run's stdout or stderr, so one object serves
/// every run and the explorer shares it between snapshots.
/// </summary>
internal sealed class PyTextStream : PyHeapObject
{
    private PyTextStream(bool isError) => IsError = isError;

    public static PyTextStream Stdout { get; } = new(isError: false);

    public static PyTextStream Stderr { get; } = new(isError: true);

    public bool IsError { get; }

    /// <summary>The stream's name attribute, as CPython's: &lt;stdout&gt; or &lt;stderr&gt;.</summary>
    public string Name => IsError ? "<stderr>" : "<stdout>";
}
