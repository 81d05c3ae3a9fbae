namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>
/// zip(*iterables), lazy as in CPython: each step draws one item from each iterator in order and stops at the
/// first that is exhausted (so zip(count(), range(3)) ends, having drawn a fourth number from the count).
/// </summary>
internal sealed class PyZip(PyValue[] iterators) : PyNativeIterator
{
    public static readonly PyType ZipType = NewType("zip");

    private bool _done = iterators.Length == 0;

    public override PyType Type => ZipType;

    public PyValue[] Iterators => iterators;

    /// <summary>Stepped by the machine: one of the iterators was exhausted, so every later step is too.</summary>
    public bool Done
    {
        get => _done;
        set => _done = value;
    }

    public override PyValue[] Parts => iterators;

    public override long[] Counters => [_done ? 1 : 0];

    public override bool TryNext(out PyValue value)
    {
        value = default;
        if (_done)
        {
            return false;
        }

        var items = new PyValue[iterators.Length];
        for (var i = 0; i < iterators.Length; i++)
        {
            if (!Iteration.Next(iterators[i], out items[i]))
            {
                _done = true;
                return false;
            }
        }

        value = PyValue.FromObject(new PyTuple(items));
        return true;
    }

    public override PyNativeIterator Rebuild(PyValue[] parts, long[] counters) => new PyZip(parts) { _done = counters[0] != 0 };
}
