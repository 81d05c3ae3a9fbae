using System.Numerics;

namespace RaceLab.Python.Vm.Threading;

/// <summary>xoshiro256** seeded through SplitMix64: the only randomness in a simulation.</summary>
internal sealed class Xoshiro
{
    private ulong _s0, _s1, _s2, _s3;

    public Xoshiro(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    /// <summary>A generator in the same state (the explorer's copy of a run).</summary>
    public Xoshiro Clone() => (Xoshiro)MemberwiseClone();

    /// <summary>Uniform in [0, 1) with 53 random bits, as Python's random() gives.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    // Inlined: sampled schedules draw at every decision, POS several times (tens of millions a run).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ulong Next()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>
    /// <c>values[i] = Next()</c> for each bit i of <paramref name="mask"/>, lowest first: POS re-draws the priorities
    /// of the threads racing with a step (most of ten threads on one counter), and the state kept in locals
    /// across the loop saves a store and a reload of it per draw.
    /// </summary>
    public void Redraw(Span<ulong> values, ulong mask)
    {
        ulong s0 = _s0, s1 = _s1, s2 = _s2, s3 = _s3;
        for (; mask != 0; mask &= mask - 1)
        {
            values[BitOperations.TrailingZeroCount(mask)] = RotateLeft(s1 * 5, 7) * 9;
            var t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = RotateLeft(s3, 45);
        }

        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>Uniform in [0, n).</summary>
    // The 31 bits fit a 32-bit division, the same remainder as a 64-bit one and cheaper (a random walk divides at every decision).
    public int Below(int n) => (int)((uint)(Next() >> 33) % (uint)n);

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
