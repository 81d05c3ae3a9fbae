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

    /// <summary>Uniform in [0, n).</summary>
    public int Below(int n) => (int)((Next() >> 33) % (ulong)n);

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
