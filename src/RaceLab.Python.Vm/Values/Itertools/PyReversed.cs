namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>
/// reversed(list) (list_reverseiterator) and reversed(tuple / str) (reversed): lazy, from the last index down;
/// an item removed from the list meanwhile ends it early, as CPython's index check against the size does.
/// </summary>
internal sealed class PyReversed(PyValue sequence, long index) : PyNativeIterator
{
    public static readonly PyType ListReverseType = NewType("list_reverseiterator");
    public static readonly PyType ReversedType = NewType("reversed");

    private long _index = index;

    public override PyType Type => sequence.Ref is PyList ? ListReverseType : ReversedType;

    public override PyValue[] Parts => [sequence];

    public override long[] Counters => [_index];

    public static PyReversed Of(PyValue sequence) => new(sequence, Length(sequence) - 1);

    public override bool TryNext(out PyValue value)
    {
        value = default;
        if (_index < 0 || _index >= Length(sequence))
        {
            _index = -1;
            return false;
        }

        value = sequence.Ref switch
        {
            PyList list => list.Items[(int)_index],
            PyTuple tuple => tuple.Items[(int)_index],
            _ => PyValue.FromString(sequence.String[(int)_index].ToString()),
        };
        _index--;
        return true;
    }

    private static long Length(PyValue sequence) => sequence.Ref switch
    {
        PyList list => list.Items.Count,
        PyTuple tuple => tuple.Items.Length,
        _ => sequence.String.Length,
    };

    public override PyNativeIterator Rebuild(PyValue[] parts, long[] counters) => new PyReversed(parts[0], counters[0]);
}
