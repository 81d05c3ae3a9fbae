using System.Runtime.CompilerServices;

namespace RaceLab.Experiment.Strategies;

/// <summary><c>Interlocked.Increment</c>: the read-modify-write is one atomic instruction (<c>lock xadd</c> on x64).</summary>
public static class InterlockedStrategy
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
            Interlocked.Increment(ref Count);
        }
    }

    /// <summary>The hot loop with a 64-bit counter.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Increment64(long iterations)
    {
        for (long i = 0; i < iterations; i++)
        {
            Interlocked.Increment(ref Count64);
        }
    }
}
