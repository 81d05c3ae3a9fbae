using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Vm.Values;

/// <summary>A set or frozenset: CPython's hash table (see <see cref="SetTable{T}"/>), so it iterates in CPython's order for ints.</summary>
internal sealed class PySet(bool frozen) : PyHeapObject
{
    private SetTable<PyValue> _table = new(PyOps.Equal);

    public bool Frozen { get; } = frozen;

    /// <summary>The program's subclass of set or frozenset this object is an instance of (null: a plain one).</summary>
    public PyClass? Class { get; set; }

    /// <summary>A subclass instance's own attributes (null until one is set).</summary>
    public Dictionary<string, PyValue>? Dict { get; set; }

    public int Count => _table.Count;

    // A frozenset constant iterates in the order CPython's compiler left it in, which reinserting its items
    // into a fresh table would not always reproduce.
    private List<PyValue>? _order;

    public IEnumerable<PyValue> Items => _order ?? _table.Keys();

    /// <summary>A frozenset constant: its items in the given (CPython's) order.</summary>
    public static PySet FrozenInOrder(IEnumerable<PyValue> items)
    {
        var set = Of(items, frozen: true);
        set._order = [.. items];
        return set;
    }

    public static PySet Of(IEnumerable<PyValue> items, bool frozen = false)
    {
        var set = new PySet(frozen);
        foreach (var item in items)
        {
            set.Add(item);
        }

        return set;
    }

    /// <summary>make_new_set: from a set by set_merge (CPython's order), from anything else item by item.</summary>
    public static PySet From(PyValue iterable, bool frozen)
    {
        var set = new PySet(frozen);
        set.Update(iterable);
        return set;
    }

    /// <summary>set_update_internal.</summary>
    public void Update(PyValue iterable)
    {
        if (iterable.Ref is PySet other)
        {
            _table.Merge(other._table);
            return;
        }

        foreach (var item in Iteration.ToList(iterable))
        {
            Add(item);
        }
    }

    public bool Add(PyValue item) => _table.Add(item, PyHash.Of(item));

    public bool Remove(PyValue item) => _table.Remove(item, PyHash.Of(item));

    public bool Contains(PyValue item) => _table.Contains(item, PyHash.Of(item));

    /// <summary>The items a lookup of <paramref name="hash"/> meets that have that hash or that <paramref name="also"/> names, in probe order.</summary>
    public List<PyValue> Probe(long hash, Func<PyValue, bool> also) => _table.Probe(hash, also);

    public void Clear() => _table = new SetTable<PyValue>(PyOps.Equal);
}
