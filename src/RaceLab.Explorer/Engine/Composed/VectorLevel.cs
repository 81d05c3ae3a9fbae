namespace RaceLab.Explorer.Engine.Composed;

/// <summary>
/// The states at one depth as part vectors: an open-addressing table over one flat array of vectors, the
/// path count of each, and how each was first reached (its parent's index one level up and the thread
/// part that stepped), which is all it takes to rebuild any state by replaying from the root.
/// </summary>
internal sealed class VectorLevel
{
    private PartVector[] _vectors = new PartVector[1024];
    private int[] _parents = new int[1024];
    private ushort[] _stepped = new ushort[1024];

    // Per slot: entry + 1 in the low 32 bits (0: empty), the hash's high 32 bits above, so a probe that meets
    // another vector's slot is usually rejected without reading the vector.
    private ulong[] _slots = new ulong[2048];

    public int Count { get; private set; }

    public PathCounts Counts { get; } = new();

    public ref readonly PartVector Vector(int index) => ref _vectors[index];

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
            _slots = new ulong[size];
        }

        Counts.Reset(Math.Max(Count, expected));
        Count = 0;
    }

    /// <summary>Finds the vector's index, adding it (reached from parent by the stepped part) when absent.</summary>
    public int FindOrAdd(in PartVector vector, int parent, ushort stepped, out bool added)
    {
        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        var hash = vector.Hash();
        var mask = _slots.Length - 1;
        var tag = hash & 0xFFFFFFFF00000000UL;
        for (var slot = (int)(hash & (ulong)mask); ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                if (Count == _vectors.Length)
                {
                    Array.Resize(ref _vectors, Count * 2);
                    Array.Resize(ref _parents, Count * 2);
                    Array.Resize(ref _stepped, Count * 2);
                }

                _vectors[Count] = vector;
                _parents[Count] = parent;
                _stepped[Count] = stepped;
                Count++;
                _slots[slot] = tag | (uint)Count;
                added = true;
                return Count - 1;
            }

            if ((entry & 0xFFFFFFFF00000000UL) == tag && _vectors[(int)(uint)entry - 1].Equals(vector))
            {
                added = false;
                return (int)(uint)entry - 1;
            }
        }
    }

    /// <summary>The parents and stepped parts of this level's states, kept for rebuilding states later.</summary>
    public (int[] Parents, ushort[] Stepped) Trail() => (_parents[..Count], _stepped[..Count]);

    private void Grow()
    {
        _slots = new ulong[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var i = 0; i < Count; i++)
        {
            var hash = _vectors[i].Hash();
            var slot = (int)(hash & (ulong)mask);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = (hash & 0xFFFFFFFF00000000UL) | (uint)(i + 1);
        }
    }
}
