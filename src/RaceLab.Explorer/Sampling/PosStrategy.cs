using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RaceLab.Python.Vm.Threading;

namespace RaceLab.Explorer.Sampling;

/// <summary>
/// Partial order sampling (Yuan, Yang, Gu, CAV 2018): every pending step (a thread's next event) has a random
/// priority and the highest runnable one runs; then it and every pending step that races with it (touches
/// what it touched, one of them writing) draw fresh priorities. Re-drawing the racing ones is what makes
/// orders of racing steps come out about evenly, where a random walk favours some partial orders
/// exponentially. One step is one segment: the thread runs to its next switch point.
/// </summary>
internal sealed class PosStrategy(ulong seed) : ISchedulingStrategy
{
    private readonly Xoshiro _random = new(seed);
    private readonly List<ulong> _priority = [];

    public SchedulingChoice Next(SchedulingPoint point)
    {
        while (_priority.Count < point.ThreadCount)
        {
            _priority.Add(_random.Next());
        }

        // Spans, not the lists' enumerators: this runs at every switch point of a run (tens of millions).
        var priority = CollectionsMarshal.AsSpan(_priority);
        var enabled = CollectionsMarshal.AsSpan(point.Enabled);
        var chosen = Highest(priority, enabled);
        if (point.FitsMasks)
        {
            // The racing threads come from the pending steps' groups (see PendingStepGroups), lowest first: the
            // same threads re-drawn in the same order as the pass over every thread below.
            _random.Redraw(priority, point.RunnableRacingWith(chosen));
        }
        else
        {
            RedrawRacing(priority, enabled, point.FootprintsOfEnabled(), chosen);
        }

        priority[chosen] = _random.Next();
        return new SchedulingChoice(chosen, 1);
    }

    private void RedrawRacing(Span<ulong> priority, ReadOnlySpan<int> enabled, ReadOnlySpan<StepFootprint> footprints, int chosen)
    {
        var step = footprints[chosen];
        if (step.IsEmpty)
        {
            return;
        }

        // The racing threads are gathered without a branch per thread (which of them races is as good as
        // random to the branch predictor), then re-drawn in thread order as one loop with a branch did.
        Span<int> racing = enabled.Length <= 64 ? stackalloc int[enabled.Length] : new int[enabled.Length];
        var count = 0;
        foreach (var thread in enabled)
        {
            racing[count] = thread;
            count += Unsafe.BitCast<bool, byte>(thread != chosen) & Unsafe.BitCast<bool, byte>(footprints[thread].RacesWith(step));
        }

        foreach (var thread in racing[..count])
        {
            priority[thread] = _random.Next();
        }
    }

    /// <summary>The first runnable thread of the highest priority, selected without branches (priorities are random).</summary>
    private static int Highest(ReadOnlySpan<ulong> priority, ReadOnlySpan<int> enabled)
    {
        var chosen = enabled[0];
        var best = priority[chosen];
        foreach (var thread in enabled[1..])
        {
            var candidate = priority[thread];
            var higher = -(long)(candidate > best ? 1 : 0);
            chosen = (int)((chosen & ~higher) | (thread & higher));
            best = (best & ~(ulong)higher) | (candidate & (ulong)higher);
        }

        return chosen;
    }
}
