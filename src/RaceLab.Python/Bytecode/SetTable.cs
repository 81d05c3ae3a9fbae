namespace RaceLab.Python.Bytecode;

/// <summary>
/// CPython's set hash table (Objects/setobject.c): open addressing from <c>hash &amp; mask</c>, up to nine linear
/// probes then perturbed jumps, dummies left by removal, growth to four times the used count when fill
/// reaches 3/5 of the table. Iterating in table order gives CPython's order wherever our hashes equal
/// CPython's (ints, bools; <see cref="Hash"/>), so <c>{3, 1, 2}</c> prints as <c>{1, 2, 3}</c> as it does there.
/// </summary>
public sealed class SetTable<T>(Func<T, T, bool> equal)
{
    private const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    private Slot[] _table = new Slot[MinSize];
    private int _fill;

    public int Count { get; private set; }

    public bool Contains(T key, long hash) => Find(key, hash) >= 0;

    /// <summary>set_add_entry: false when an equal key is already there.</summary>
    public bool Add(T key, long hash)
    {
        if (Find(key, hash) >= 0)
        {
            return false;
        }

        var mask = (ulong)(_table.Length - 1);
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (var j = 0UL; j <= (ulong)probes; j++)
            {
                ref var slot = ref _table[(int)(i + j)];
                if (slot.State != SlotState.Used)
                {
                    // A dummy is reused only when the probe sequence meets no free slot first; CPython
                    // remembers the first dummy, so reuse it as it does.
                    var reuse = FirstDummy(hash);
                    ref var target = ref reuse >= 0 ? ref _table[reuse] : ref slot;
                    var wasEmpty = target.State == SlotState.Empty;
                    target = new Slot(key, hash, SlotState.Used);
                    Count++;
                    if (wasEmpty && (ulong)++_fill * 5 >= mask * 3)
                    {
                        Resize(Count > 50000 ? Count * 2 : Count * 4);
                    }

                    return true;
                }
            }

            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }
    }

    /// <summary>set_discard_entry: the slot becomes a dummy, so later probe sequences still pass it.</summary>
    public bool Remove(T key, long hash)
    {
        var index = Find(key, hash);
        if (index < 0)
        {
            return false;
        }

        _table[index] = new Slot(default!, -1, SlotState.Dummy);
        Count--;
        return true;
    }

    /// <summary>
    /// set_merge (a set updated from a set or frozenset): one resize up front, then a straight copy of the
    /// table when the sizes agree, clean insertion into an empty table, or ordinary adds.
    /// </summary>
    public void Merge(SetTable<T> other)
    {
        if (ReferenceEquals(other, this) || other.Count == 0)
        {
            return;
        }

        if ((ulong)(_fill + other.Count) * 5 >= (ulong)(_table.Length - 1) * 3)
        {
            Resize((Count + other.Count) * 2);
        }

        if (_fill == 0 && _table.Length == other._table.Length && other._fill == other.Count)
        {
            Array.Copy(other._table, _table, _table.Length);
            _fill = other._fill;
            Count = other.Count;
            return;
        }

        if (_fill == 0)
        {
            foreach (var slot in other._table)
            {
                if (slot.State == SlotState.Used)
                {
                    InsertClean(_table, slot);
                }
            }

            _fill = Count = other.Count;
            return;
        }

        foreach (var slot in other._table)
        {
            if (slot.State == SlotState.Used)
            {
                Add(slot.Key, slot.Hash);
            }
        }
    }

    /// <summary>The keys in table order (CPython's iteration order).</summary>
    public IEnumerable<T> Keys()
    {
        for (var i = 0; i < _table.Length; i++)
        {
            if (_table[i].State == SlotState.Used)
            {
                yield return _table[i].Key;
            }
        }
    }

    /// <summary>
    /// The keys set_lookkey would meet probing for <paramref name="hash"/>, in that order, until a free slot: the
    /// ones whose stored hash is <paramref name="hash"/>, and (<paramref name="also"/>) any other it names.
    /// </summary>
    public List<T> Probe(long hash, Func<T, bool> also)
    {
        var met = new List<T>();
        var mask = (ulong)(_table.Length - 1);
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (var j = 0UL; j <= (ulong)probes; j++)
            {
                var slot = _table[(int)(i + j)];
                if (slot.State == SlotState.Empty)
                {
                    return met;
                }

                if (slot.State == SlotState.Used && (slot.Hash == hash || also(slot.Key)))
                {
                    met.Add(slot.Key);
                }
            }

            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }
    }

    private int FirstDummy(long hash)
    {
        var mask = (ulong)(_table.Length - 1);
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (var j = 0UL; j <= (ulong)probes; j++)
            {
                var slot = _table[(int)(i + j)];
                if (slot.State == SlotState.Dummy)
                {
                    return (int)(i + j);
                }

                if (slot.State == SlotState.Empty)
                {
                    return -1;
                }
            }

            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }
    }

    private int Find(T key, long hash)
    {
        var mask = (ulong)(_table.Length - 1);
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (var j = 0UL; j <= (ulong)probes; j++)
            {
                var slot = _table[(int)(i + j)];
                if (slot.State == SlotState.Empty)
                {
                    return -1;
                }

                if (slot.State == SlotState.Used && slot.Hash == hash && equal(slot.Key, key))
                {
                    return (int)(i + j);
                }
            }

            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }
    }

    /// <summary>set_table_resize: the smallest power of two above the minimum, filled by set_insert_clean.</summary>
    private void Resize(int minUsed)
    {
        var size = MinSize;
        while (size <= minUsed)
        {
            size <<= 1;
        }

        var old = _table;
        _table = new Slot[size];
        foreach (var slot in old)
        {
            if (slot.State == SlotState.Used)
            {
                InsertClean(_table, slot);
            }
        }

        _fill = Count;
    }

    /// <summary>set_insert_clean: the first free slot of the probe sequence, no comparisons.</summary>
    private static void InsertClean(Slot[] table, Slot slot)
    {
        var mask = (ulong)(table.Length - 1);
        var perturb = (ulong)slot.Hash;
        var i = (ulong)slot.Hash & mask;
        while (true)
        {
            if (table[(int)i].State == SlotState.Empty)
            {
                table[(int)i] = slot;
                return;
            }

            if (i + LinearProbes <= mask)
            {
                for (var j = 1UL; j <= LinearProbes; j++)
                {
                    if (table[(int)(i + j)].State == SlotState.Empty)
                    {
                        table[(int)(i + j)] = slot;
                        return;
                    }
                }
            }

            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }
    }

    private enum SlotState : byte
    {
        Empty,
        Used,
        Dummy,
    }

    private readonly record struct Slot(T Key, long Hash, SlotState State);
}
