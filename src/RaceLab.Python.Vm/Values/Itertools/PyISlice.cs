namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>
/// itertools.islice(iterable, [start,] stop [, step]): CPython's islice_next step for step: skip to the next
/// wanted index, draw one item, and stop for good at stop (stop -1: none) without drawing more than it needs.
/// </summary>
internal sealed class PyISlice(PyValue source, long next, long stop, long step, long consumed) : PyNativeIterator
{
    public static readonly PyType ISliceType = NewType("islice");

    private PyValue _source = source;
    private long _next = next;
    private long _consumed = consumed;

    public override PyType Type => ISliceType;

    public override PyValue[] Parts => [_source];

    public override long[] Counters => [_next, stop, step, _consumed];

    public override bool TryNext(out PyValue value)
    {
        value = default;
        if (_source.IsNone)
        {
            return false;
        }

        while (_consumed < _next)
        {
            if (!Iteration.Next(_source, out _))
            {
                return Exhausted();
            }

            _consumed++;
        }

        if (stop != -1 && _consumed >= stop)
        {
            return Exhausted();
        }

        if (!Iteration.Next(_source, out value))
        {
            return Exhausted();
        }

        _consumed++;
        var previous = _next;
        _next += step;
        if (_next < previous || (stop != -1 && _next > stop))
        {
            _next = stop;
        }

        return true;
    }

    public override PyNativeIterator Rebuild(PyValue[] parts, long[] counters) =>
        new PyISlice(parts[0], counters[0], counters[1], counters[2], counters[3]);

    private bool Exhausted()
    {
        _source = PyValue.None;
        return false;
    }
}
