using System.Numerics;

namespace RaceLab.Python.Vm.Values;

/// <summary>
/// MT19937 as CPython's _random module runs it (Modules/_randommodule.c, from Matsumoto and Nishimura's
/// reference code): the same seeding (init_by_array over the seed's 32-bit words), the same 53-bit
/// doubles and the same getrandbits, so a program that seeds gets CPython's numbers.
/// </summary>
internal sealed class MersenneTwister
{
    private const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0df;
    private const uint UpperMask = 0x80000000;
    private const uint LowerMask = 0x7fffffff;

    private uint[] _mt = new uint[N];
    private int _index = N + 1;

    /// <summary>A generator in the same state (the explorer's copy of a run).</summary>
    public MersenneTwister Clone()
    {
        var copy = (MersenneTwister)MemberwiseClone();
        copy._mt = (uint[])_mt.Clone();
        return copy;
    }

    // The state is a function of the last seeding's key and the words drawn since (nothing else changes it:
    // getstate/setstate are not modelled), so the explorer's keys carry those instead of 625 words a state.
    private uint[]? _seedKey;
    private ulong _seedDigest;
    private long _draws;

    /// <summary>
    /// What determines the state, for the explorer's state keys: the seed key (its words, or for the long key
    /// of an unseeded generator a 64-bit digest of them) and the words drawn since; the whole state if never seeded.
    /// </summary>
    public IEnumerable<long> State()
    {
        if (_seedKey is null)
        {
            return [_index, .. _mt.Select(w => (long)w)];
        }

        return _seedKey.Length <= 8
            ? [-1, _seedKey.Length, .. _seedKey.Select(w => (long)w), _draws]
            : [-2, _seedKey.Length, (long)_seedDigest, _draws];
    }

    /// <summary>random.seed(n) for an int: the absolute value's 32-bit words, least significant first.</summary>
    public void Seed(BigInteger seed)
    {
        var magnitude = BigInteger.Abs(seed);
        var bytes = magnitude.ToByteArray(isUnsigned: true, isBigEndian: false);
        var key = new uint[Math.Max(1, (bytes.Length + 3) / 4)];
        for (var i = 0; i < bytes.Length; i++)
        {
            key[i / 4] |= (uint)bytes[i] << (8 * (i % 4));
        }

        InitByArray(key);
    }

    /// <summary>Seeding from the OS: CPython reads N words of urandom; here they come from the run's seed.</summary>
    public void Seed(uint[] key) => InitByArray(key);

    /// <summary>random(): two draws make a double with 53 random bits (genrand_res53).</summary>
    public double NextDouble()
    {
        var a = NextUInt32() >> 5;
        var b = NextUInt32() >> 6;
        return ((a * 67108864.0) + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>getrandbits(k): 32-bit draws filled from the least significant word, the last one shifted down.</summary>
    public BigInteger GetRandBits(int k)
    {
        if (k <= 32)
        {
            return k == 0 ? BigInteger.Zero : NextUInt32() >> (32 - k);
        }

        var words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4];
        for (var i = 0; i < words; i++, k -= 32)
        {
            var r = NextUInt32();
            if (k < 32)
            {
                r >>= 32 - k;
            }

            BitConverter.TryWriteBytes(bytes.AsSpan(i * 4), r);
        }

        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    public uint NextUInt32()
    {
        _draws++;
        if (_index >= N)
        {
            Twist();
        }

        var y = _mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >> 18);
    }

    private void Twist()
    {
        int kk;
        for (kk = 0; kk < N - M; kk++)
        {
            var y = (_mt[kk] & UpperMask) | (_mt[kk + 1] & LowerMask);
            _mt[kk] = _mt[kk + M] ^ (y >> 1) ^ ((y & 1) * MatrixA);
        }

        for (; kk < N - 1; kk++)
        {
            var y = (_mt[kk] & UpperMask) | (_mt[kk + 1] & LowerMask);
            _mt[kk] = _mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) * MatrixA);
        }

        var last = (_mt[N - 1] & UpperMask) | (_mt[0] & LowerMask);
        _mt[N - 1] = _mt[M - 1] ^ (last >> 1) ^ ((last & 1) * MatrixA);
        _index = 0;
    }

    private void InitGenrand(uint s)
    {
        _mt[0] = s;
        for (var i = 1; i < N; i++)
        {
            _mt[i] = (1812433253u * (_mt[i - 1] ^ (_mt[i - 1] >> 30))) + (uint)i;
        }

        _index = N;
    }

    private void InitByArray(uint[] key)
    {
        _seedKey = (uint[])key.Clone();
        _seedDigest = Digest(key);
        _draws = 0;
        InitGenrand(19650218u);
        int i = 1, j = 0;
        for (var k = Math.Max(N, key.Length); k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N)
            {
                _mt[0] = _mt[N - 1];
                i = 1;
            }

            if (j >= key.Length)
            {
                j = 0;
            }
        }

        for (var k = N - 1; k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N)
            {
                _mt[0] = _mt[N - 1];
                i = 1;
            }
        }

        _mt[0] = 0x80000000u;
    }

    /// <summary>SplitMix64 folded over the key's words: deterministic, and collisions are 2^-64 unlikely.</summary>
    private static ulong Digest(uint[] key)
    {
        var h = (ulong)key.Length;
        foreach (var word in key)
        {
            h += 0x9E3779B97F4A7C15UL + word;
            var z = h;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            h = z ^ (z >> 31);
        }

        return h;
    }
}
