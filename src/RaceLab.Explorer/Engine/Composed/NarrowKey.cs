using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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

    public ushort SharedPart => (ushort)_low;

    /// <summary>Lanes before the first unused one (bytes 2.. of the key, the shared id masked out of the search).</summary>
    public int Threads
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var low = FirstEmptyByte(_low & ~0xFFFFUL);
            return low < 8 ? low - 2 : 6 + FirstEmptyByte(_high);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ushort Lane(int lane) => (byte)(lane < 7 ? _low >> (8 * (lane + 1)) : _high >> (8 * (lane - 7)));

    /// <summary>
    /// <see cref="PartVector.Replace"/> on the key's bytes in a vector register (byte 1 + lane holds the lane):
    /// the new part's sorted place is the number of other lanes below it (one compare), and one shuffle moves
    /// the lanes between the replaced one and that place a byte towards the gap.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NarrowKey WithStep(in NarrowKey key, int lane, ushort part, ushort shared, int threads)
    {
        var bytes = Vector128.Create(key._low, key._high).AsByte();
        var value = Vector128.Create((byte)part);
        var laneBytes = (uint)((1 << (threads + 2)) - 4);
        var below = Vector128.LessThan(bytes, value).ExtractMostSignificantBits() & laneBytes;
        var removed = lane + 1;
        var target = 2 + BitOperations.PopCount(below) - (key.Lane(lane) < (byte)part ? 1 : 0);
        var moved = Shuffle(bytes, Moves[(removed * 16) + target]);
        var child = Vector128.ConditionalSelect(OneByte[target], value, moved).AsUInt64();
        return new NarrowKey((child.GetElement(0) & ~0xFFFFUL) | shared, child.GetElement(1));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Shuffle(Vector128<byte> bytes, Vector128<byte> indices) =>
        Ssse3.IsSupported ? Ssse3.Shuffle(bytes, indices) : Vector128.Shuffle(bytes, indices);

    /// <summary>
    /// Moves[removed × 16 + target]: the byte indices that take the lanes from a key whose lane at byte
    /// <c>removed</c> leaves to one whose byte <c>target</c> is free for the new part.
    /// </summary>
    private static readonly Vector128<byte>[] Moves = BuildMoves();

    /// <summary>OneByte[i]: byte i set.</summary>
    private static readonly Vector128<byte>[] OneByte =
        [.. Enumerable.Range(0, 16).Select(static i => Vector128<byte>.Zero.WithElement(i, byte.MaxValue))];

    private static Vector128<byte>[] BuildMoves()
    {
        var moves = new Vector128<byte>[16 * 16];
        Span<byte> indices = stackalloc byte[16];
        for (var removed = 0; removed < 16; removed++)
        {
            for (var target = 0; target < 16; target++)
            {
                for (var k = 0; k < 16; k++)
                {
                    indices[k] = (byte)(target <= removed
                        ? (k > target && k <= removed ? k - 1 : k)
                        : (k >= removed && k < target ? k + 1 : k));
                }

                moves[(removed * 16) + target] = Vector128.Create((ReadOnlySpan<byte>)indices);
            }
        }

        return moves;
    }

    /// <summary>The index of the first 0xFF byte of the word, 8 when none (the classic zero-byte test on its complement).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FirstEmptyByte(ulong word)
    {
        var inverted = ~word;
        var found = (inverted - 0x0101010101010101UL) & ~inverted & 0x8080808080808080UL;
        return found == 0 ? 8 : BitOperations.TrailingZeroCount(found) >> 3;
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
