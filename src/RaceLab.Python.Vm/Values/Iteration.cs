namespace RaceLab.Python.Vm.Values;

/// <summary>iter() and materialising iterables.</summary>
internal static class Iteration
{
    public static PyValue GetIter(PyValue v) => v.Ref switch
    {
        PyRange r => PyValue.FromObject(new PyRangeIterator(r.Start, r.Length, r.Step)),
        PyList l => PyValue.FromObject(new PySequenceIterator(i => i < l.Items.Count ? (true, l.Items[i]) : (false, default)) { Source = l }),
        PyTuple t => PyValue.FromObject(new PySequenceIterator(i => i < t.Items.Length ? (true, t.Items[i]) : (false, default)) { Source = t }),
        PyDeque d => PyValue.FromObject(new PySequenceIterator(i => i < d.Count ? (true, d[i]) : (false, default)) { Source = d }),
        string s => PyValue.FromObject(new PySequenceIterator(i => i < s.Length ? (true, PyValue.FromString(s[i].ToString())) : (false, default)) { Source = s }),
        PyDict d => PyValue.FromObject(Itertools.PyDictIterator.Of(d, DictViewKind.Keys)),
        PyDictView view => PyValue.FromObject(Itertools.PyDictIterator.Of(view.Dict, view.Kind)),
        PySet s => FromSnapshot(s.Items.ToArray(), s),
        PyAttributeDict a => GetIter(PyValue.FromObject(a.Snapshot())),
        PyRangeIterator or PySequenceIterator or Itertools.PyNativeIterator or PyGenerator => v,
        PyInstance { NativeValue.IsString: true } i => GetIter(i.NativeValue),
        _ => throw PythonError.Of(Tags.TypeError, $"'{PyOps.TypeOf(v).Name}' object is not iterable"),
    };

    private static PyValue FromSnapshot(PyValue[] items, object source) =>
        PyValue.FromObject(new PySequenceIterator(i => i < items.Length ? (true, items[i]) : (false, default)) { Source = source });

    public static bool Next(PyValue iterator, out PyValue value)
    {
        switch (iterator.Ref)
        {
            case PyRangeIterator r:
                if (r.Remaining > 0)
                {
                    value = PyValue.FromInt(r.Next);
                    r.Next += r.Step;
                    r.Remaining--;
                    return true;
                }

                value = default;
                return false;
            case PySequenceIterator s:
                return s.TryNext(out value);
            case Itertools.PyNativeIterator n:
                return n.TryNext(out value);
            case PyGenerator:
                // Resumed only by the dispatch loop and built-in tasks (Machine.Tasks), in frames of its own.
                throw PythonError.Of(Tags.TypeError, "this built-in iterating a generator is not modelled by the simulator");
            default:
                throw PythonError.Of(Tags.TypeError, $"'{PyOps.TypeOf(iterator).Name}' object is not an iterator");
        }
    }

    public static List<PyValue> ToList(PyValue v)
    {
        if (v.Ref is PyList l)
        {
            return [.. l.Items];
        }

        if (v.Ref is PyTuple t)
        {
            return [.. t.Items];
        }

        var list = new List<PyValue>();
        var it = GetIter(v);
        while (Next(it, out var item))
        {
            list.Add(item);
        }

        return list;
    }
}
