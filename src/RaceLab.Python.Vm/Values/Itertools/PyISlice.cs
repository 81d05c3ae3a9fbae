namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>
/// itertools.islice(iterable, [start,] stop [, step]): CPython's islice_next step for step: skip to the next
/// wanted index, draw one item, and stop for good at stop (stop -1: none) without drawing more than it needs.
/// </summary>
internal sealed class PyISlice(PyValue source, long next, long stop, long step, long consumed) : PyNativeIterator, IPullingIterator
{
    public static readonly PyType ISliceType = NewType("islice");

    private PyValue _source = source;
    private long _next = next;
    private long _consumed = consumed;

    /// <summary>The iterator it draws from (None once it is spent).</summary>
    public PyValue Source => _source;

    public override PyType Type => ISliceType;

    public override PyValue[] Parts => [_source];

    public override long[] Counters => [_next, stop, step, _consumed];

    public override bool TryNext(out PyValue value) => PullLoop.TryNext(this, out value);

    public bool NextPull(out PyValue source)
    {
        source = _source;
        if (_source.IsNone)
        {
            return false;
        }

        // Skipping done and stop reached: spent without drawing another item.
        if (_consumed >= _next && stop != -1 && _consumed >= stop)
        {
            _source = PyValue.None;
            return false;
        }

        return true;
    }

    public bool TakePulled(PyValue item, bool ended, out PyValue value, out bool exhausted)
    {
        (value, exhausted) = (default, false);
        if (ended)
        {
            _source = PyValue.None;
            exhausted = true;
            return true;
        }

        if (_consumed++ < _next)
        {
            return false;
        }

        var previous = _next;
        _next += step;
        if (_next < previous || (stop != -1 && _next > stop))
        {
            _next = stop;
        }

        value = item;
        return true;
    }

    public override PyNativeIterator Rebuild(PyValue[] parts, long[] counters) =>
        new PyISlice(parts[0], counters[0], counters[1], counters[2], counters[3]);
}
