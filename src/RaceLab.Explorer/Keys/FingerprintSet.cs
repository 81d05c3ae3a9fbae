namespace RaceLab.Explorer.Keys;

/// <summary>
/// A set of 64-bit state fingerprints in one open-addressed array (8 bytes a slot, half full at most): the
/// search's count of distinct states for its pigeonhole test of endless loops, at a fraction of a hash
/// set's 30-odd bytes a state. It stops growing at <see cref="Capacity"/> states (see
/// <see cref="Saturated"/>). Two states with one fingerprint would be counted once, which only delays the
/// test (the count is of millions, the depth of tens).
/// </summary>
internal sealed class FingerprintSet
{
    /// <summary>States tracked at most by default (128 MB of slots); beyond it <see cref="Saturated"/> is set.</summary>
    public const int DefaultCapacity = 8_000_000;

    private ulong[] _slots = new ulong[1024];

    /// <param name="capacity">States tracked at most (a search keeping one set per shard divides the default).</param>
    public FingerprintSet(int capacity = DefaultCapacity) => Capacity = capacity;

    /// <summary>States tracked at most; beyond it <see cref="Saturated"/> is set.</summary>
    public int Capacity { get; }

    public long Count { get; private set; }

    /// <summary>More than <see cref="Capacity"/> distinct states were seen: the count stopped there.</summary>
    public bool Saturated { get; private set; }

    /// <summary>Adds a fingerprint; true when it was not in the set.</summary>
    public bool Add(ulong fingerprint)
    {
        if (Saturated)
        {
            return false;
        }

        if (Count >= Capacity)
        {
            Saturated = true;
            _slots = [];
            return false;
        }

        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        if (!Insert(_slots, fingerprint == 0 ? 1 : fingerprint))
        {
            return false;
        }

        Count++;
        return true;
    }

    private static bool Insert(ulong[] slots, ulong fingerprint)
    {
        var mask = slots.Length - 1;
        for (var i = (int)(fingerprint ^ (fingerprint >> 29)) & mask; ; i = (i + 1) & mask)
        {
            if (slots[i] == fingerprint)
            {
                return false;
            }

            if (slots[i] == 0)
            {
                slots[i] = fingerprint;
                return true;
            }
        }
    }

    private void Grow()
    {
        var bigger = new ulong[_slots.Length * 2];
        foreach (var fingerprint in _slots)
        {
            if (fingerprint != 0)
            {
                Insert(bigger, fingerprint);
            }
        }

        _slots = bigger;
    }
}
