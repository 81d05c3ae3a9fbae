using System.Runtime.CompilerServices;

namespace RaceLab.Experiment.Strategies;

/// <summary><c>lock (obj) { count++; }</c>: Monitor makes the load-add-store a critical section.</summary>
public static class LockStrategy
{
    private static readonly object _sync = new();

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
            lock (_sync)
            {
                Count++;
            }
        }
    }

    /// <summary>The hot loop with a 64-bit counter.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Increment64(long iterations)
    {
        for (long i = 0; i < iterations; i++)
        {
            lock (_sync)
            {
                Count64++;
            }
        }
    }
}
