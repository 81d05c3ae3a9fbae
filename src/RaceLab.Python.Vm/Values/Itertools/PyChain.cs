namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>itertools.chain(*iterables) and chain.from_iterable(iterable): each iterable's items in turn, lazily.</summary>
internal sealed class PyChain(PyValue sources, PyValue active) : PyNativeIterator
{
    public static readonly PyType ChainType = NewType("chain");

    private PyValue _sources = sources;
    private PyValue _active = active;

    public override PyType Type => ChainType;

    public override PyValue[] Parts => [_sources, _active];

    public override long[] Counters => [];

    public override bool TryNext(out PyValue value)
    {
        while (true)
        {
            if (!_active.IsNone && Iteration.Next(_active, out value))
            {
                return true;
            }

            if (_sources.IsNone || !Iteration.Next(_sources, out var iterable))
            {
                (_sources, _active, value) = (PyValue.None, PyValue.None, default);
                return false;
            }

            _active = Iteration.GetIter(iterable);
        }
    }

    public override PyNativeIterator Rebuild(PyValue[] parts, long[] counters) => new PyChain(parts[0], parts[1]);
}
