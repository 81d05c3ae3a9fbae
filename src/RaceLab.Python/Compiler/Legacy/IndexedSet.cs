namespace RaceLab.Python.Compiler.Legacy;

/// <summary>An insertion-ordered set with indexes: compile.c's name and constant dictionaries.</summary>
internal sealed class IndexedSet<T>
    where T : notnull
{
    private readonly Dictionary<T, int> _index;
    private readonly List<T> _items = [];

    public IndexedSet(IEqualityComparer<T>? comparer = null) => _index = new Dictionary<T, int>(comparer);

    public int Count => _items.Count;

    public IReadOnlyList<T> Items => _items;

    public T this[int index] => _items[index];

    public int Add(T item)
    {
        if (_index.TryGetValue(item, out var index))
        {
            return index;
        }

        index = _items.Count;
        _index[item] = index;
        _items.Add(item);
        return index;
    }

    public bool TryIndexOf(T item, out int index) => _index.TryGetValue(item, out index);

    /// <summary>Drops everything from <paramref name="count"/> on (3.10 trims unused trailing constants).</summary>
    public void Truncate(int count)
    {
        for (var i = count; i < _items.Count; i++)
        {
            _index.Remove(_items[i]);
        }

        _items.RemoveRange(count, _items.Count - count);
    }
}
