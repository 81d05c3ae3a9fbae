using System.Runtime.CompilerServices;

namespace RaceLab.Experiment.Strategies;

/// <summary>
/// The note's program in C#: every thread runs <c>count++</c> on a shared static field. The increment is a
/// load, an add and a store; another thread can run between them, and its update is then overwritten.
/// </summary>
public static class UnsafeStrategy
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
            Count++;
        }
    }

    /// <summary>The hot loop with a 64-bit counter.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Increment64(long iterations)
    {
        for (long i = 0; i < iterations; i++)
        {
            Count64++;
        }
    }
}
