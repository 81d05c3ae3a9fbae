using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RaceLab.Explorer.Engine.Composed;

/// <summary>
/// A <see cref="PartVector"/> in 16 bytes: the shared id in 16 bits, then up to 14 thread part ids of one byte
/// each (255 for an unused lane). With it a level's entry (key and path count) is 32 bytes, one cache line
/// at most, where a full vector's is 48.
/// </summary>
internal readonly struct NarrowKey : IPartKey<NarrowKey>
{
    /// <summary>The most threads a narrow key holds.</summary>
    public const int MaxThreads = 14;

    private const byte EmptyLane = byte.MaxValue;

    private readonly ulong _low;
    private readonly ulong _high;

    private NarrowKey(ulong low, ulong high)
    {
        _low = low;
        _high = high;
    }

    /// <summary>Whether vectors of a search with this many thread parts and threads fit narrow keys.</summary>
    public static bool Fits(int threadParts, int threads) => threadParts <= EmptyLane && threads <= MaxThreads;

    /// <summary>
    /// Packs the vector (which must fit, see <see cref="Fits"/>): the low byte of each thread lane, an unused
    /// lane's 0xFFFF becoming 0xFF. Shifts and masks on the four words, no loop.
    /// </summary>
    public static bool TryPack(in PartVector vector, out NarrowKey key)
    {
        var w = MemoryMarshal.Cast<ushort, ulong>((ReadOnlySpan<ushort>)vector);
        var low = (w[0] & 0xFFFF) | ((LowBytes(w[0]) >> 8) << 16) | (LowBytes(w[1]) << 40);
        var high = (LowBytes(w[1]) >> 24) | (LowBytes(w[2]) << 8) | (LowBytes(w[3]) << 40);
        key = new NarrowKey(low, high);
        return true;
    }

    public PartVector Unpack()
    {
        var vector = default(PartVector);
        var w = MemoryMarshal.Cast<ushort, ulong>((Span<ushort>)vector);
        w[0] = (_low & 0xFFFF) | (Lanes(_low >> 16) << 16);
        w[1] = Lanes((_low >> 40) | ((_high & 0xFF) << 24));
        w[2] = Lanes(_high >> 8);
        w[3] = Lanes(_high >> 40) | 0xFFFF000000000000UL;
        return vector;
    }

    /// <summary>The low byte of each of a word's four 16-bit lanes, as 32 bits.</summary>
    private static ulong LowBytes(ulong word)
    {
        word &= 0x00FF00FF00FF00FFUL;
        word = (word | (word >> 8)) & 0x0000FFFF0000FFFFUL;
        return (word | (word >> 16)) & 0x00000000FFFFFFFFUL;
    }

    /// <summary>Four bytes (the low 32 bits) back into 16-bit lanes, 0xFF into <see cref="PartVector.Empty"/>.</summary>
    private static ulong Lanes(ulong bytes)
    {
        var word = bytes & 0xFFFFFFFFUL;
        word = (word | (word << 16)) & 0x0000FFFF0000FFFFUL;
        word = (word | (word << 8)) & 0x00FF00FF00FF00FFUL;

        // Lanes holding 0xFF: zero after the XOR; their top bit set by the zero test, then widened to 0xFF00.
        var t = word ^ 0x00FF00FF00FF00FFUL;
        var zero = ~(((t & 0x7FFF7FFF7FFF7FFFUL) + 0x7FFF7FFF7FFF7FFFUL) | t) & 0x8000800080008000UL;
        return word | ((zero >> 15) * 0xFF00);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Hash()
    {
        var h = (_low * 0x9E3779B97F4A7C15UL) ^ ((_high + 0x632BE59BD9B4E019UL) * 0xBF58476D1CE4E5B9UL);
        h ^= h >> 31;
        h *= 0x94D049BB133111EBUL;
        return h ^ (h >> 29);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(in NarrowKey other) => _low == other._low && _high == other._high;
}
