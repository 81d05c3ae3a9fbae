namespace RaceLab.Explorer.Keys;

/// <summary>
/// The visited-state table: key bytes → dense index, open addressing, keys packed in one arena so millions
/// of states cost little more than their key bytes.
/// </summary>
internal sealed class KeyTable
{
    private byte[] _arena = new byte[1 << 16];
    private long _arenaLength;
    private long[] _offsets = new long[1024];
    private int[] _lengths = new int[1024];
    private ulong[] _hashes = new ulong[1024];
    // Per slot: entry + 1 in the low 32 bits (0: empty), the hash's high 32 bits above, so a probe that
    // meets another key's slot is usually rejected without touching the entry arrays (one cache miss, not three).
    private ulong[] _slots = new ulong[2048];
    private int _count;

    public int Count => _count;

    /// <summary>Bytes held (arena + index arrays), for reporting memory.</summary>
    public long FootprintBytes => _arena.LongLength + (_offsets.LongLength * 20) + (_slots.LongLength * 8);

    public ReadOnlySpan<byte> Key(int index) => _arena.AsSpan((int)_offsets[index], _lengths[index]);

    public void Clear()
    {
        Array.Clear(_slots);
        _count = 0;
        _arenaLength = 0;
    }

    /// <summary>Finds the key's index, adding it when absent.</summary>
    public int FindOrAdd(ReadOnlySpan<byte> key, out bool added)
    {
        var hash = KeyHash.Of(key);
        var mask = _slots.Length - 1;
        var slot = (int)(hash & (ulong)mask);
        var tag = hash & 0xFFFFFFFF00000000UL;
        while (true)
        {
            var packed = _slots[slot];
            if (packed == 0)
            {
                break;
            }

            if ((packed & 0xFFFFFFFF00000000UL) == tag)
            {
                var entry = (int)(uint)packed - 1;
                if (_hashes[entry] == hash && Key(entry).SequenceEqual(key))
                {
                    added = false;
                    return entry;
                }
            }

            slot = (slot + 1) & mask;
        }

        added = true;
        var index = Append(key, hash);
        _slots[slot] = Pack(index, hash);
        if ((long)_count * 4 > (long)_slots.Length * 3)
        {
            Rehash();
        }

        return index;
    }

    private int Append(ReadOnlySpan<byte> key, ulong hash)
    {
        if (_count == _offsets.Length)
        {
            var size = _count * 2;
            Array.Resize(ref _offsets, size);
            Array.Resize(ref _lengths, size);
            Array.Resize(ref _hashes, size);
        }

        if (_arenaLength + key.Length > _arena.LongLength)
        {
            var size = Math.Max(_arena.LongLength * 2, _arenaLength + key.Length);
            if (size > Array.MaxLength)
            {
                throw new InsufficientMemoryException("The visited-state table outgrew 2 GB of keys; use --max-states.");
            }

            Array.Resize(ref _arena, (int)size);
        }

        key.CopyTo(_arena.AsSpan((int)_arenaLength));
        _offsets[_count] = _arenaLength;
        _lengths[_count] = key.Length;
        _hashes[_count] = hash;
        _arenaLength += key.Length;
        return _count++;
    }

    private static ulong Pack(int index, ulong hash) => (hash & 0xFFFFFFFF00000000UL) | (uint)(index + 1);

    private void Rehash()
    {
        _slots = new ulong[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var i = 0; i < _count; i++)
        {
            var slot = (int)(_hashes[i] & (ulong)mask);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = Pack(i, _hashes[i]);
        }
    }
}
