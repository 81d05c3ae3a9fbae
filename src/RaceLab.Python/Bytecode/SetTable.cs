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
        var probe = new ProbeSequence(hash, _table.Length);
        while (true)
        {
            ref var slot = ref _table[probe.Next()];
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
        var probe = new ProbeSequence(hash, _table.Length);
        while (true)
        {
            var slot = _table[probe.Next()];
            if (slot.State == SlotState.Empty)
            {
                return met;
            }

            if (slot.State == SlotState.Used && (slot.Hash == hash || also(slot.Key)))
            {
                met.Add(slot.Key);
            }
        }
    }

    private int FirstDummy(long hash)
    {
        var probe = new ProbeSequence(hash, _table.Length);
        while (true)
        {
            var index = probe.Next();
            switch (_table[index].State)
            {
                case SlotState.Dummy:
                    return index;
                case SlotState.Empty:
                    return -1;
            }
        }
    }

    private int Find(T key, long hash)
    {
        var probe = new ProbeSequence(hash, _table.Length);
        while (true)
        {
            var index = probe.Next();
            var slot = _table[index];
            if (slot.State == SlotState.Empty)
            {
                return -1;
            }

            if (slot.State == SlotState.Used && slot.Hash == hash && equal(slot.Key, key))
            {
                return index;
            }
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
        var probe = new ProbeSequence(slot.Hash, table.Length);
        while (true)
        {
            var index = probe.Next();
            if (table[index].State == SlotState.Empty)
            {
                table[index] = slot;
                return;
            }
        }
    }

    /// <summary>
    /// The slots set_lookkey and set_insert_clean visit for a hash, in order: from <c>hash &amp; mask</c>, its next
    /// LinearProbes neighbours when they fit before the end, then a jump <c>i * 5 + 1 + perturb</c>.
    /// </summary>
    private struct ProbeSequence(long hash, int length)
    {
        private readonly ulong _mask = (ulong)(length - 1);
        private ulong _perturb = (ulong)hash;
        private ulong _start = (ulong)hash & (ulong)(length - 1);
        private ulong _offset;

        public int Next()
        {
            var probes = _start + LinearProbes <= _mask ? (ulong)LinearProbes : 0UL;
            if (_offset > probes)
            {
                _perturb >>= PerturbShift;
                _start = ((_start * 5) + 1 + _perturb) & _mask;
                _offset = 0;
            }

            return (int)(_start + _offset++);
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
