using System.Runtime.CompilerServices;

namespace RaceLab.Experiment.Strategies;

/// <summary>
/// A volatile read then a volatile write: each access is ordered and visible to other threads, yet the pair is
/// still two steps, so two threads can read the same value and both write value + 1.
/// </summary>
public static class VolatileStrategy
{
    /// <summary>The shared counter when threads × iterations fits an int.</summary>
    public static int Count;

    /// <summary>The shared counter when threads × iterations needs 64 bits.</summary>
    public static long Count64;

    /// <summary>The hot loop with a 32-bit counter.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Increment32(int iterations)
    {
        for (var i = 0; i < iterations; i++)
        {
            Volatile.Write(ref Count, Volatile.Read(ref Count) + 1);
        }
    }

    /// <summary>The hot loop with a 64-bit counter.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Increment64(long iterations)
    {
        for (long i = 0; i < iterations; i++)
        {
            Volatile.Write(ref Count64, Volatile.Read(ref Count64) + 1);
        }
    }
}
