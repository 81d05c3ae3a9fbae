namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>
/// itertools.product(*iterables, repeat=n): the inputs are read into tuples when it is made (as CPython does),
/// then the tuples of their cartesian product come out in lexicographic order, the rightmost index fastest.
/// </summary>
internal sealed class PyProduct(PyValue[] pools, long[] indices, long state) : PyNativeIterator
{
    public static readonly PyType ProductType = NewType("product");

    private const long Fresh = 0;
    private const long Running = 1;
    private const long Done = 2;

    private long _state = state;

    public static PyProduct Of(IReadOnlyList<PyValue> iterables, int repeat)
    {
        var pools = iterables.Select(i => PyValue.FromObject(new PyTuple([.. Iteration.ToList(i)]))).ToArray();
        var all = Enumerable.Repeat(pools, repeat).SelectMany(p => p).ToArray();
        return new PyProduct(all, new long[all.Length], Fresh);
    }

    public override PyType Type => ProductType;

    public override PyValue[] Parts => pools;

    public override long[] Counters => [_state, .. indices];

    public override bool TryNext(out PyValue value)
    {
        value = default;
        if (_state == Done || (_state == Fresh && pools.Any(p => Items(p).Length == 0)))
        {
            _state = Done;
            return false;
        }

        if (_state == Running && !Advance())
        {
            _state = Done;
            return false;
        }

        _state = Running;
        value = PyValue.FromObject(new PyTuple([.. pools.Select((p, i) => Items(p)[indices[i]])]));
        return true;
    }

    public override PyNativeIterator Rebuild(PyValue[] parts, long[] counters) => new PyProduct(parts, counters[1..], counters[0]);

    private static PyValue[] Items(PyValue pool) => pool.As<PyTuple>().Items;

    /// <summary>The next index vector, an odometer turning from the right; false after the last.</summary>
    private bool Advance()
    {
        for (var i = pools.Length - 1; i >= 0; i--)
        {
            if (++indices[i] < Items(pools[i]).Length)
            {
                return true;
            }

            indices[i] = 0;
        }

        return false;
    }
}
