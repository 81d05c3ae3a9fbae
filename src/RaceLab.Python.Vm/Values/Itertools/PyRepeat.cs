namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>itertools.repeat(object, times): the object, times times (forever when times is not given).</summary>
internal sealed class PyRepeat(PyValue item, long remaining) : PyNativeIterator
{
    public static readonly PyType RepeatType = NewType("repeat");

    private long _remaining = remaining;

    public override PyType Type => RepeatType;

    public override PyValue[] Parts => [item];

    public override long[] Counters => [_remaining];

    public override bool TryNext(out PyValue value)
    {
        value = item;
        if (_remaining < 0)
        {
            return true;
        }

        if (_remaining == 0)
        {
            value = default;
            return false;
        }

        _remaining--;
        return true;
    }

    public override PyNativeIterator Rebuild(PyValue[] parts, long[] counters) => new PyRepeat(parts[0], counters[0]);
}
