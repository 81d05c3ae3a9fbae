namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>
/// The iterator of a dict or of one of its views (dict_keyiterator ... dict_reverseitemiterator). As CPython's
/// dictiter_iternext*, each step first checks that the dict still has the size it had when the iterator was made
/// (RuntimeError, and it stays broken), then hands out the next entry. A next() is C code: no check point inside,
/// so a thread iterating a dict another thread resizes gets the error as under CPython. Entries are a list here
/// (no holes): deleting and adding keys at the same size while iterating ("dictionary keys changed during
/// iteration" in CPython) is not modelled.
/// </summary>
internal sealed class PyDictIterator(PyValue dict, DictViewKind kind, bool reversed, long position, long expectedSize, long remaining = long.MaxValue) : PyNativeIterator
{
    private static readonly PyType[] Types =
    [
        NewType("dict_keyiterator"), NewType("dict_valueiterator"), NewType("dict_itemiterator"),
        NewType("dict_reversekeyiterator"), NewType("dict_reversevalueiterator"), NewType("dict_reverseitemiterator"),
    ];

    private PyValue _dict = dict;
    private long _position = position;
    private long _expectedSize = expectedSize;

    /// <summary>Items it may still give: the explorer's --bound K ends a loop over a dict after K, as over a list.</summary>
    private long _remaining = remaining;

    public override PyType Type => Types[(int)kind + (reversed ? 3 : 0)];

    public override PyValue[] Parts => [_dict];

    public override long[] Counters => [(long)kind, reversed ? 1 : 0, _position, _expectedSize, _remaining];

    /// <summary>--bound K: at most <paramref name="items"/> more items.</summary>
    public void Bound(long items) => _remaining = Math.Min(_remaining, items);

    public static PyDictIterator Of(PyDict dict, DictViewKind kind, bool reversed = false)
    {
        var size = dict.Items.Count;
        return new(PyValue.FromObject(dict), kind, reversed, reversed ? size - 1 : 0, size);
    }

    public override bool TryNext(out PyValue value)
    {
        value = default;
        if (_dict.Ref is not PyDict dict)
        {
            return false;
        }

        if (_expectedSize != dict.Items.Count)
        {
            _expectedSize = -1;
            throw PythonError.Of(Tags.RuntimeError, "dictionary changed size during iteration");
        }

        if (_position < 0 || _position >= dict.Items.Count || _remaining == 0)
        {
            _dict = PyValue.None;
            return false;
        }

        value = PyDictView.ItemOf(dict, kind, (int)_position);
        _position += reversed ? -1 : 1;
        _remaining--;
        return true;
    }

    public override PyNativeIterator Rebuild(PyValue[] parts, long[] counters) =>
        new PyDictIterator(parts[0], (DictViewKind)counters[0], counters[1] != 0, counters[2], counters[3], counters[4]);
}
