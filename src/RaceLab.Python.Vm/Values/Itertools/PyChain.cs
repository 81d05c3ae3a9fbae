namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>
/// itertools.chain(*iterables) and chain.from_iterable(iterable): each iterable's items in turn, lazily (chain_next:
/// pull from the active iterator; at its end, pull the next iterable from the sources and iter() it).
/// </summary>
internal sealed class PyChain(PyValue sources, PyValue active, bool mayPullPython) : PyNativeIterator, IPullingIterator
{
    public static readonly PyType ChainType = NewType("chain");

    private PyValue _sources = sources;
    private PyValue _active = active;

    /// <summary>Whether its sources held a generator (or a lazy iterator that runs Python) when it was made.</summary>
    public bool MayPullPython { get; } = mayPullPython;

    /// <summary>The iterator it draws from now (None between iterables).</summary>
    public PyValue Active => _active;

    public override PyType Type => ChainType;

    public override PyValue[] Parts => [_sources, _active];

    public override long[] Counters => [MayPullPython ? 1 : 0];

    public override bool TryNext(out PyValue value) => PullLoop.TryNext(this, out value);

    public bool NextPull(out PyValue source)
    {
        source = !_active.IsNone ? _active : _sources;
        return !source.IsNone;
    }

    public bool TakePulled(PyValue item, bool ended, out PyValue value, out bool exhausted)
    {
        (value, exhausted) = (default, false);
        if (!_active.IsNone)
        {
            if (ended)
            {
                _active = PyValue.None;
                return false;
            }

            value = item;
            return true;
        }

        if (ended)
        {
            _sources = PyValue.None;
            exhausted = true;
            return true;
        }

        _active = Iteration.GetIter(item);
        return false;
    }

    public override PyNativeIterator Rebuild(PyValue[] parts, long[] counters) => new PyChain(parts[0], parts[1], counters[0] != 0);
}
