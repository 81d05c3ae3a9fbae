using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RaceLab.Explorer.Engine.Composed;

/// <summary>
/// A state as interned parts: lane 0 holds the shared part's id, lanes 1.. the threads' part ids in ascending
/// order (a canonical order: threads with equal parts are interchangeable), unused lanes <see cref="Empty"/>.
/// 32 bytes, compared and hashed as four words, so a level of millions of states is one flat array.
/// </summary>
[InlineArray(Lanes)]
internal struct PartVector : IEquatable<PartVector>, IPartKey<PartVector>
{
    public const int Lanes = 16;

    /// <summary>The most threads a vector holds.</summary>
    public const int MaxThreads = Lanes - 1;

    /// <summary>An unused lane (sorts after every part).</summary>
    public const ushort Empty = ushort.MaxValue;

    /// <summary>The largest part id a lane holds.</summary>
    public const int MaxId = ushort.MaxValue - 1;

    private ushort _lane;

    public static PartVector Create()
    {
        var vector = default(PartVector);
        ((Span<ushort>)vector).Fill(Empty);
        return vector;
    }

    public readonly ushort Shared => this[0];

    /// <summary>Thread part ids in lanes 1.., up to the first empty lane.</summary>
    public readonly int ThreadCount
    {
        get
        {
            var count = ((ReadOnlySpan<ushort>)this)[1..].IndexOf(Empty);
            return count < 0 ? MaxThreads : count;
        }
    }

    /// <summary>This vector with the thread part in lane <paramref name="lane"/> replaced, kept sorted.</summary>
    public readonly PartVector Replace(int lane, ushort part, ushort shared, int threads)
    {
        var child = this;
        Span<ushort> lanes = child;
        lanes[0] = shared;

        // The lanes around the replaced one stay sorted: move the new part left or right to its place.
        var p = lane;
        while (p > 1 && lanes[p - 1] > part)
        {
            lanes[p] = lanes[p - 1];
            p--;
        }

        while (p < threads && lanes[p + 1] < part)
        {
            lanes[p] = lanes[p + 1];
            p++;
        }

        lanes[p] = part;
        return child;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly ulong Hash()
    {
        var words = MemoryMarshal.Cast<ushort, ulong>((ReadOnlySpan<ushort>)this);
        var h = (words[0] * 0x9E3779B97F4A7C15UL) ^ ((words[1] + 0x632BE59BD9B4E019UL) * 0xBF58476D1CE4E5B9UL);
        h ^= (words[2] * 0x94D049BB133111EBUL) ^ ((words[3] + 0x2545F4914F6CDD1DUL) * 0xD6E8FEB86659FD93UL);
        h ^= h >> 31;
        h *= 0x94D049BB133111EBUL;
        return h ^ (h >> 29);
    }

    public static bool TryPack(in PartVector vector, out PartVector key)
    {
        key = vector;
        return true;
    }

    public readonly PartVector Unpack() => this;

    public static PartVector WithStep(in PartVector key, int lane, ushort part, ushort shared, int threads) =>
        key.Replace(lane, part, shared, threads);

    public readonly ushort SharedPart => this[0];

    public readonly int Threads => ThreadCount;

    public readonly ushort Lane(int lane) => this[lane];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool Equals(PartVector other) => Equals(in other);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool Equals(in PartVector other)
    {
        var a = MemoryMarshal.Cast<ushort, ulong>((ReadOnlySpan<ushort>)this);
        var b = MemoryMarshal.Cast<ushort, ulong>((ReadOnlySpan<ushort>)other);
        return a[0] == b[0] && a[1] == b[1] && a[2] == b[2] && a[3] == b[3];
    }

    public override readonly bool Equals(object? obj) => obj is PartVector other && Equals(other);

    public override readonly int GetHashCode() => (int)Hash();
}
