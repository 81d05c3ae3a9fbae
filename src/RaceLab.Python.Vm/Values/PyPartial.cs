namespace RaceLab.Python.Vm.Values;

/// <summary>
/// functools.partial (C in CPython: _functools.partial): a callable with arguments fixed in front. Calling it
/// calls <see cref="Function"/> with <see cref="Args"/> then the call's own, and <see cref="Keywords"/> under the
/// call's; a Python function runs as a frame of its own, as under partial_call's vectorcall.
/// </summary>
internal sealed class PyPartial(PyValue function, PyValue[] args, PyDict keywords) : PyHeapObject
{
    public PyValue Function { get; } = function;

    public PyValue[] Args { get; } = args;

    public PyDict Keywords { get; } = keywords;
}
