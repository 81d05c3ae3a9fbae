namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>
/// itertools.cycle(iterable): the first pass draws from the iterator and saves each item; later passes repeat
/// the saved items (an empty iterable stops at once).
/// </summary>
internal sealed class PyCycle : PyNativeIterator
{
    public static readonly PyType CycleType = NewType("cycle");

    private readonly List<PyValue> _saved;
    private PyValue _source;
    private int _index;

    public PyCycle(PyValue source, IEnumerable<PyValue> saved, int index)
    {
        _source = source;
        _saved = [.. saved];
        _index = index;
    }

    public override PyType Type => CycleType;

    public override PyValue[] Parts => [_source, .. _saved];

    public override long[] Counters => [_index];

    public override bool TryNext(out PyValue value)
    {
        if (!_source.IsNone)
        {
            if (Iteration.Next(_source, out value))
            {
                _saved.Add(value);
                return true;
            }

            _source = PyValue.None;
        }

        if (_saved.Count == 0)
        {
            value = default;
            return false;
        }

        value = _saved[_index];
        _index = (_index + 1) % _saved.Count;
        return true;
    }

    public override PyNativeIterator Rebuild(PyValue[] parts, long[] counters) => new PyCycle(parts[0], parts[1..], (int)counters[0]);
}
