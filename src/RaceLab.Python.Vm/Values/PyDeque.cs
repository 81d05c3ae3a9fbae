namespace RaceLab.Python.Vm.Values;

/// <summary>
/// collections.deque (C in CPython: every method atomic under the GIL): items in a list read from
/// <see cref="Head"/> on, so popleft() is O(1) like the real block list, compacted as the head grows.
/// </summary>
internal sealed class PyDeque(int? maxLength) : PyHeapObject
{
    private readonly List<PyValue> _items = [];

    /// <summary>Index of the first live item in the backing list.</summary>
    public int Head { get; private set; }

    public int? MaxLength { get; } = maxLength;

    public int Count => _items.Count - Head;

    public PyValue this[int index] => _items[Head + index];

    public IEnumerable<PyValue> Items => _items.Skip(Head);

    public void Append(PyValue value)
    {
        _items.Add(value);
        if (MaxLength is { } max && Count > max)
        {
            PopLeft();
        }
    }

    public void AppendLeft(PyValue value)
    {
        if (Head > 0)
        {
            _items[--Head] = value;
        }
        else
        {
            _items.Insert(0, value);
        }

        if (MaxLength is { } max && Count > max)
        {
            Pop();
        }
    }

    public PyValue Pop()
    {
        if (Count == 0)
        {
            throw PythonError.Of(Tags.IndexError, "pop from an empty deque");
        }

        var value = _items[^1];
        _items.RemoveAt(_items.Count - 1);
        return value;
    }

    public PyValue PopLeft()
    {
        if (Count == 0)
        {
            throw PythonError.Of(Tags.IndexError, "pop from an empty deque");
        }

        var value = _items[Head];
        _items[Head++] = default;
        if (Head > 32 && Head * 2 > _items.Count)
        {
            _items.RemoveRange(0, Head);
            Head = 0;
        }

        return value;
    }

    public void Clear()
    {
        _items.Clear();
        Head = 0;
    }

    public bool Remove(PyValue value)
    {
        for (var i = Head; i < _items.Count; i++)
        {
            if (PyOps.Equal(_items[i], value))
            {
                _items.RemoveAt(i);
                return true;
            }
        }

        return false;
    }
}
