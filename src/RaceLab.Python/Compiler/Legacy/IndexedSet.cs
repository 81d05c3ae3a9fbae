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
}
