using System.Runtime.CompilerServices;

namespace RaceLab.Experiment.Strategies;

/// <summary>
/// One cache-line-padded cell per thread, summed once every thread has finished (like Java's LongAdder). Each
/// cell has a single writer, so a plain increment is safe, and the padding keeps cores from sharing a line.
/// </summary>
public static class StripedStrategy
{
    private static PaddedCell[] _cells = new PaddedCell[1];

    /// <summary>Gives every thread a fresh zeroed cell.</summary>
    public static void Reset(int threads) => _cells = new PaddedCell[threads];

    /// <summary>The sum of every cell; call it only after every thread has been joined.</summary>
    public static long Sum()
    {
        long total = 0;
        foreach (var cell in _cells)
        {
            total += cell.Value;
        }

        return total;
    }

    /// <summary>The hot loop of thread <paramref name="slot"/> when the total fits an int.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Increment32(int iterations, int slot)
    {
        ref var cell = ref _cells[slot].Value;
        for (var i = 0; i < iterations; i++)
        {
            cell++;
        }
    }

    /// <summary>The hot loop of thread <paramref name="slot"/> when the total needs 64 bits.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Increment64(long iterations, int slot)
    {
        ref var cell = ref _cells[slot].Value;
        for (long i = 0; i < iterations; i++)
        {
            cell++;
        }
    }
}
