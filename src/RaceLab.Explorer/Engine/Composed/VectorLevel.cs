using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace RaceLab.Explorer.Engine.Composed;

/// <summary>
/// The states at one depth as part vectors (stored as <typeparamref name="TKey"/>), each with its number of
/// schedules and how it was first reached (its parent's index one level up and the thread part that
/// stepped), which is all it takes to rebuild any state by replaying from the root.
/// <para>
/// While the level fills, it is an open-addressing table whose slots are the entries themselves (key and
/// count, 32 bytes with narrow keys, two to a cache line): adding a child, most often one already there,
/// touches one line, which <see cref="Prefetch"/> lets the caller start loading early. Once complete,
/// <see cref="Seal"/> packs the entries to the front in slot order, which numbers the states (the same order
/// on every run) and leaves flat arrays to expand and to keep as the trail.
/// </para>
/// </summary>
internal sealed unsafe class VectorLevel<TKey> : IDisposable
    where TKey : unmanaged, IPartKey<TKey>
{
    private const int MinimumSlots = 1024;

    /// <summary>
    /// A new block holds this many times the slots asked for: levels grow level after level, and each block
    /// given up would leave fresh pages to fault in for the next. Untouched memory costs address space only.
    /// </summary>
    private const long Headroom = 4;

    // Native memory, freed as soon as it is replaced: a search's levels grow to hundreds of megabytes, and
    // garbage of that size would wait for a full collection. The table starts on a cache line of the block.
    private void* _block;
    private void* _originsBlock;
    private Entry* _table;
    private int _capacity;

    /// <summary>Entries from here to the capacity are zero (empty): clearing the table clears only below.</summary>
    private int _dirty;

    /// <summary>Per slot while filling: the parent's index (low 32 bits) and the part that stepped (above).</summary>
    private ulong* _origins;
    private int _slots;
    private int _growAt;
    private bool _sealed;
    private int[] _parents = [];
    private ushort[] _stepped = [];

    /// <summary>Counts past 128 bits, by slot while filling and by index once sealed.</summary>
    private Dictionary<int, BigInteger>? _big;

    public int Count { get; private set; }

    /// <summary>A state's vector (once sealed).</summary>
    public ref readonly TKey Key(int index) => ref _table[index].Key;

    /// <summary>The number of schedules reaching the state (once sealed; 128-bit until a count outgrows it).</summary>
    public BigInteger PathCount(int index) =>
        _big is not null && _big.TryGetValue(index, out var big) ? big : (BigInteger)_table[index].Paths;

    /// <summary>
    /// Empties the level for about <paramref name="expected"/> states (it grows past that if need be). Its
    /// memory is kept from level to level and only grows: fresh pages cost a fault each.
    /// </summary>
    public void Clear(int expected)
    {
        _slots = Math.Max(MinimumSlots, expected + (expected / 2)) & ~1;
        _growAt = _slots / 4 * 3;
        if (_capacity < _slots)
        {
            Allocate(_slots);
        }
        else
        {
            NativeMemory.Clear(_table, (nuint)_dirty * (nuint)sizeof(Entry));
        }

        _dirty = _slots;
        _big = null;
        _sealed = false;
        Count = 0;
    }

    /// <summary>
    /// A new block for <paramref name="slots"/> times <see cref="Headroom"/>, or for <paramref name="slots"/>
    /// alone where the system will not give that much (the headroom only saves faults, it is not needed).
    /// </summary>
    private void Allocate(long slots)
    {
        Free();
        try
        {
            AllocateExactly(slots * Headroom);
        }
        catch (OutOfMemoryException)
        {
            Free();
            AllocateExactly(slots);
        }
    }

    private void AllocateExactly(long slots)
    {
        slots = Math.Min(slots, Array.MaxLength);
        _table = (Entry*)LargeBlock.Allocate((nuint)slots * (nuint)sizeof(Entry), out _block);
        _origins = (ulong*)LargeBlock.Allocate((nuint)slots * sizeof(ulong), out _originsBlock);
        _capacity = (int)slots;
        _dirty = 0;
    }

    private void Free()
    {
        LargeBlock.Free(_block);
        LargeBlock.Free(_originsBlock);
        _block = null;
        _originsBlock = null;
        _table = null;
        _origins = null;
        _capacity = 0;
    }

    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    ~VectorLevel() => Free();

    /// <summary>
    /// The slot a vector with this hash probes first: its low 32 bits scaled to the table's pairs of slots,
    /// the first of the pair. With narrow keys a pair is a cache line, so a probe reads both entries of the line it loads
    /// before it moves to the next (about a tenth fewer lines read than starting anywhere in a line).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong hash) => (int)(((hash & 0xFFFFFFFFUL) * (ulong)(uint)(_slots / 2)) >> 32) * 2;

    /// <summary>Starts loading the line a vector with this hash probes first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong hash)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(_table + Home(hash));
        }
    }

    /// <summary>Adds the root state, reached by one schedule.</summary>
    public void AddRoot(in TKey vector, ulong hash)
    {
        var slot = Find(vector, hash);
        _table[slot] = new Entry { Key = vector, Paths = 1 };
        _origins[slot] = Origin(-1, PartVector.Empty);
        Count++;
    }

    /// <summary>
    /// Adds the schedules of a parent state (times the number of alike threads that stepped) to the child's
    /// state (hash from <see cref="PartVector.Hash"/>), adding the state when absent. Returns true when added.
    /// </summary>
    /// <param name="parent">The parent's index in <paramref name="from"/> (sealed).</param>
    /// <param name="trailParent">The parent's index as the trail records it (in the whole level).</param>
    public bool Add(in TKey vector, ulong hash, VectorLevel<TKey> from, int parent, int trailParent, int multiplicity, ushort stepped)
    {
        if (Count >= _growAt)
        {
            Grow();
        }

        var slot = Find(vector, hash);
        ref var entry = ref _table[slot];

        // An empty slot has no schedules; every state has at least one.
        var added = entry.Paths == 0;
        if (added)
        {
            entry.Key = vector;
            _origins[slot] = Origin(trailParent, stepped);
            Count++;
        }

        if ((from._big is null || !from._big.ContainsKey(parent)) && (_big is null || !_big.ContainsKey(slot))
            && TryMultiply(from._table[parent].Paths, (uint)multiplicity, out var product) && entry.Paths + product >= product)
        {
            entry.Paths += product;
            return added;
        }

        // Past 128 bits: this state's count goes on in a BigInteger (the entry keeps a non-zero mark).
        _big ??= [];
        _big[slot] = (_big.TryGetValue(slot, out var sum) ? sum : (BigInteger)entry.Paths) + (from.PathCount(parent) * multiplicity);
        entry.Paths = UInt128.One;
        return added;
    }

    private static ulong Origin(int parent, ushort stepped) => (uint)parent | ((ulong)stepped << 32);

    /// <summary>The slot holding the vector, or the empty slot where it belongs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(in TKey vector, ulong hash)
    {
        for (var slot = Home(hash); ; slot = slot + 1 == _slots ? 0 : slot + 1)
        {
            ref readonly var entry = ref _table[slot];
            if (entry.Paths == 0 || entry.Key.Equals(in vector))
            {
                return slot;
            }
        }
    }

    /// <summary>a × m unless it overflows 128 bits (without a 128-bit division, which is slow).</summary>
    private static bool TryMultiply(UInt128 a, uint m, out UInt128 product)
    {
        var highWords = Math.BigMul((ulong)(a >> 64), m, out var high);
        var carry = Math.BigMul((ulong)a, m, out var low);
        product = new UInt128(high + carry, low);
        return highWords == 0 && high + carry >= high;
    }

    /// <summary>
    /// Ends filling: packs the entries to the front in slot order (state i is then entry i) and sets aside
    /// each state's parent and stepped part as the level's trail. Slots left behind past the last state are
    /// emptied on the way (their lines are at hand), so reusing the table later clears only the states.
    /// </summary>
    public void Seal()
    {
        // Uninitialised: every element is written below, and a trail is kept for the whole search.
        _parents = GC.AllocateUninitializedArray<int>(Count);
        _stepped = GC.AllocateUninitializedArray<ushort>(Count);
        var bigSlots = _big is null ? [] : _big.Keys.Order().ToArray();
        var big = _big is null ? null : new Dictionary<int, BigInteger>(_big.Count);
        var next = 0;
        for (int slot = 0, index = 0; index < Count; slot++)
        {
            ref readonly var entry = ref _table[slot];
            if (entry.Paths == 0)
            {
                continue;
            }

            if (next < bigSlots.Length && bigSlots[next] == slot)
            {
                big![index] = _big![slot];
                next++;
            }

            var origin = _origins[slot];
            _parents[index] = (int)(uint)origin;
            _stepped[index] = (ushort)(origin >> 32);
            _table[index++] = entry;
            if (slot >= Count)
            {
                _table[slot] = default;
            }
        }

        _big = big;
        _dirty = Count;
        _sealed = true;
    }

    /// <summary>The parents and stepped parts of this level's states (once sealed), kept for rebuilding states later.</summary>
    public (int[] Parents, ushort[] Stepped) Trail() =>
        _sealed ? (_parents, _stepped) : throw new InvalidOperationException("The level is still filling.");

    /// <summary>Doubles the table, the entries (and their origins and big counts) moved to their new slots.</summary>
    private void Grow()
    {
        var block = _block;
        var originsBlock = _originsBlock;
        var table = _table;
        var origins = _origins;
        var (slots, big) = (_slots, _big);
        _block = null;
        _originsBlock = null;
        Allocate(slots * 2);
        _slots = slots * 2;
        _dirty = _slots;
        _growAt = _slots / 4 * 3;
        _big = big is null ? null : [];
        for (var slot = 0; slot < slots; slot++)
        {
            ref readonly var entry = ref table[slot];
            if (entry.Paths == 0)
            {
                continue;
            }

            var moved = Find(entry.Key, entry.Key.Hash());
            _table[moved] = entry;
            _origins[moved] = origins[slot];
            if (big is not null && big.TryGetValue(slot, out var count))
            {
                _big![moved] = count;
            }
        }

        LargeBlock.Free(block);
        LargeBlock.Free(originsBlock);
    }

    private struct Entry
    {
        public TKey Key;
        public UInt128 Paths;
    }
}
