using System.Runtime.CompilerServices;

namespace RaceLab.Experiment.Strategies;

/// <summary>Each thread counts in a local variable and publishes its total once with <c>Interlocked.Add</c>.</summary>
public static class LocalSumStrategy
{
    /// <summary>The shared counter when threads × iterations fits an int.</summary>
    public static int Count;

    /// <summary>The shared counter when threads × iterations needs 64 bits.</summary>
    public static long Count64;

    /// <summary>The hot loop with a 32-bit counter.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Increment32(int iterations)
    {
        var local = 0;
        for (var i = 0; i < iterations; i++)
        {
            local++;
        }

        Interlocked.Add(ref Count, local);
    }

    /// <summary>The hot loop with a 64-bit counter.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Increment64(long iterations)
    {
        long local = 0;
        for (long i = 0; i < iterations; i++)
        {
            local++;
        }

        Interlocked.Add(ref Count64, local);
    }
}
