namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>
/// enumerate(iterable, start), lazy as in CPython: a list another thread appends to while this one walks it
/// shows the new items, as a real run would.
/// </summary>
internal sealed class PyEnumerate(PyValue iterator, PyValue next) : PyNativeIterator
{
    public static readonly PyType EnumerateType = NewType("enumerate");

    private PyValue _next = next;

    public override PyType Type => EnumerateType;

    public override PyValue[] Parts => [iterator, _next];

    public override long[] Counters => [];

    public override bool TryNext(out PyValue value)
    {
        if (!Iteration.Next(iterator, out var item))
        {
            value = default;
            return false;
        }

        value = Number(item);
        return true;
    }

    public PyValue Iterator => iterator;

    /// <summary>The pair for the item just pulled (the machine pulls it when the iterator runs Python).</summary>
    public PyValue Number(PyValue item)
    {
        var pair = PyValue.FromObject(new PyTuple([_next, item]));
        _next = PyOps.Binary(BinaryOps.Add, _next, PyValue.FromInt(1));
        return pair;
    }

    public override PyNativeIterator Rebuild(PyValue[] parts, long[] counters) => new PyEnumerate(parts[0], parts[1]);
}
