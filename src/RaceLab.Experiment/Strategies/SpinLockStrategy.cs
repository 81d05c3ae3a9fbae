using System.Runtime.CompilerServices;

namespace RaceLab.Experiment.Strategies;

/// <summary>A <c>System.Threading.SpinLock</c> around the increment: waiters spin instead of blocking.</summary>
public static class SpinLockStrategy
{
    // A mutable struct: it must stay a non-readonly field so Enter and Exit act on the shared instance.
    private static SpinLock _spinLock = new(enableThreadOwnerTracking: false);

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
            var taken = false;
            try
            {
                _spinLock.Enter(ref taken);
                Count++;
            }
            finally
            {
                if (taken)
                {
                    _spinLock.Exit();
                }
            }
        }
    }

    /// <summary>The hot loop with a 64-bit counter.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Increment64(long iterations)
    {
        for (long i = 0; i < iterations; i++)
        {
            var taken = false;
            try
            {
                _spinLock.Enter(ref taken);
                Count64++;
            }
            finally
            {
                if (taken)
                {
                    _spinLock.Exit();
                }
            }
        }
    }
}
