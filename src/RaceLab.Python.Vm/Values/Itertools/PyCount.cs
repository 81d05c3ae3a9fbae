namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>itertools.count(start, step): start, start + step, ... (the sum kept, as CPython's cnt/long_cnt).</summary>
internal sealed class PyCount(PyValue next, PyValue step) : PyNativeIterator
{
    public static readonly PyType CountType = NewType("count");

    private PyValue _next = next;

    public override PyType Type => CountType;

    public override PyValue[] Parts => [_next, step];

    public override long[] Counters => [];

    public override bool TryNext(out PyValue value)
    {
        value = _next;
        _next = PyOps.Binary(BinaryOps.Add, _next, step);
        return true;
    }

    public override PyNativeIterator Rebuild(PyValue[] parts, long[] counters) => new PyCount(parts[0], parts[1]);

    public override string ToString() =>
        step.IsInt && step.Int == 1 ? $"count({PyFormat.Repr(_next)})" : $"count({PyFormat.Repr(_next)}, {PyFormat.Repr(step)})";
}
