using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace RaceLab.Explorer.Engine.Composed;

/// <summary>
/// The states at one depth as part vectors (stored as <typeparamref name="TKey"/>): an open-addressing table over one flat array of (vector, path
/// count) entries, and how each state was first reached (its parent's index one level up and the thread
/// part that stepped), which is all it takes to rebuild any state by replaying from the root. A level of
/// millions of states is a few flat arrays; adding a child costs about one cache miss, which
/// <see cref="Prefetch"/> lets the caller start early for a batch of children.
/// </summary>
internal sealed class VectorLevel<TKey>
    where TKey : unmanaged, IPartKey<TKey>
{
    private Entry[] _entries = new Entry[1024];
    private int[] _parents = new int[1024];
    private ushort[] _stepped = new ushort[1024];
    private Dictionary<int, BigInteger>? _big;

    // Per slot: entry + 1 in the low 32 bits (0: empty), the hash's high 32 bits above, so a probe that meets
    // another vector's slot is usually rejected without reading the entry.
    private ulong[] _slots = GC.AllocateArray<ulong>(2048, pinned: true);

    public int Count { get; private set; }

    public ref readonly TKey Key(int index) => ref _entries[index].Key;

    /// <summary>The number of schedules reaching the state (128-bit until a count outgrows it).</summary>
    public BigInteger PathCount(int index) =>
        _big is not null && _big.TryGetValue(index, out var big) ? big : (BigInteger)_entries[index].Paths;

    /// <summary>Empties the level for about <paramref name="expected"/> states (it grows past that if need be).</summary>
    public void Clear(int expected)
    {
        var size = 2048;
        while (size < expected * 2)
        {
            size *= 2;
        }

        if (_slots.Length == size)
        {
            Array.Clear(_slots);
        }
        else
        {
            _slots = GC.AllocateArray<ulong>(size, pinned: true);
        }

        if (_entries.Length < expected)
        {
            // Sized once for the level rather than doubled on the way (a copy and twice the memory at the peak).
            _entries = new Entry[expected];
            _parents = new int[expected];
            _stepped = new ushort[expected];
        }

        _big = null;
        Count = 0;
    }

    /// <summary>
    /// Lets go of the hash slots once the level is complete: expanding it only reads its entries, and the
    /// slots of the two biggest levels would otherwise be held at once.
    /// </summary>
    public void ReleaseSlots() => _slots = GC.AllocateArray<ulong>(2048, pinned: true);

    /// <summary>Starts loading the slot a vector with this hash probes first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(ulong hash)
    {
        if (Sse.IsSupported)
        {
            fixed (ulong* slot = &_slots[(int)(hash & (ulong)(_slots.Length - 1))])
            {
                Sse.Prefetch0(slot);
            }
        }
    }

    /// <summary>
    /// Starts loading the entry the vector's first probe meets (call once <see cref="Prefetch"/> brought the
    /// slot in): most children are already in the level, and comparing with that entry is the second miss.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void PrefetchEntry(ulong hash)
    {
        var entry = _slots[(int)(hash & (ulong)(_slots.Length - 1))];
        if (entry != 0 && Sse.IsSupported)
        {
            fixed (Entry* target = &_entries[(int)(uint)entry - 1])
            {
                // An entry may straddle two cache lines (arrays are not line-aligned).
                Sse.Prefetch0(target);
                Sse.Prefetch0((byte*)target + sizeof(Entry) - 1);
            }
        }
    }

    /// <summary>
    /// Adds the schedules of a parent state (times the number of alike threads that stepped) to the child's
    /// state (hash from <see cref="PartVector.Hash"/>), adding the state when absent. Returns true when added.
    /// </summary>
    /// <param name="parent">The parent's index in <paramref name="from"/>.</param>
    /// <param name="trailParent">The parent's index as the trail records it (in the whole level).</param>
    public bool Add(in TKey vector, ulong hash, VectorLevel<TKey> from, int parent, int trailParent, int multiplicity, ushort stepped)
    {
        var index = FindOrAdd(vector, hash, trailParent, stepped, out var added);
        if ((from._big is null || !from._big.ContainsKey(parent)) && (_big is null || !_big.ContainsKey(index)))
        {
            if (TryMultiply(from._entries[parent].Paths, (uint)multiplicity, out var product))
            {
                ref var sum = ref _entries[index].Paths;
                if (sum + product >= product)
                {
                    sum += product;
                    return added;
                }
            }
        }

        // Past 128 bits: this state's count goes on in a BigInteger.
        _big ??= [];
        _big[index] = PathCount(index) + (from.PathCount(parent) * multiplicity);
        return added;
    }

    /// <summary>a × m unless it overflows 128 bits (without a 128-bit division, which is slow).</summary>
    private static bool TryMultiply(UInt128 a, uint m, out UInt128 product)
    {
        var highWords = Math.BigMul((ulong)(a >> 64), m, out var high);
        var carry = Math.BigMul((ulong)a, m, out var low);
        product = new UInt128(high + carry, low);
        return highWords == 0 && high + carry >= high;
    }

    /// <summary>Sets the root's count.</summary>
    public void SetPaths(int index, UInt128 paths) => _entries[index].Paths = paths;

    /// <summary>The parents and stepped parts of this level's states (a copy), kept for rebuilding states later.</summary>
    public (int[] Parents, ushort[] Stepped) Trail() => (_parents[..Count], _stepped[..Count]);

    public int FindOrAdd(in TKey vector, ulong hash, int parent, ushort stepped, out bool added)
    {
        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        var mask = _slots.Length - 1;
        var tag = hash & 0xFFFFFFFF00000000UL;
        for (var slot = (int)(hash & (ulong)mask); ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                if (Count == _entries.Length)
                {
                    var size = Count + (Count / 2);
                    Array.Resize(ref _entries, size);
                    Array.Resize(ref _parents, size);
                    Array.Resize(ref _stepped, size);
                }

                _entries[Count] = new Entry { Key = vector };
                _parents[Count] = parent;
                _stepped[Count] = stepped;
                Count++;
                _slots[slot] = tag | (uint)Count;
                added = true;
                return Count - 1;
            }

            if ((entry & 0xFFFFFFFF00000000UL) == tag && _entries[(int)(uint)entry - 1].Key.Equals(in vector))
            {
                added = false;
                return (int)(uint)entry - 1;
            }
        }
    }

    private void Grow()
    {
        _slots = GC.AllocateArray<ulong>(_slots.Length * 2, pinned: true);
        var mask = _slots.Length - 1;
        for (var i = 0; i < Count; i++)
        {
            var hash = _entries[i].Key.Hash();
            var slot = (int)(hash & (ulong)mask);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = (hash & 0xFFFFFFFF00000000UL) | (uint)(i + 1);
        }
    }

    private struct Entry
    {
        public TKey Key;
        public UInt128 Paths;
    }
}
