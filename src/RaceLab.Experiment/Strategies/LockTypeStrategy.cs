using System.Runtime.CompilerServices;

namespace RaceLab.Experiment.Strategies;

/// <summary><c>lock</c> on a <c>System.Threading.Lock</c> (.NET 9+): the compiler emits <c>EnterScope</c> / <c>Dispose</c>.</summary>
public static class LockTypeStrategy
{
    private static readonly Lock _lock = new();

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
            lock (_lock)
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
            lock (_lock)
            {
                Count64++;
            }
        }
    }
}
