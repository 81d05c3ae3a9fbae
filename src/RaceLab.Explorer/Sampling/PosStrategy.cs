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
        var chosen = enabled[0];
        foreach (var thread in enabled)
        {
            if (priority[thread] > priority[chosen])
            {
                chosen = thread;
            }
        }

        var footprints = point.FootprintsOfEnabled();
        var step = footprints[chosen];
        if (!step.IsEmpty)
        {
            foreach (var thread in enabled)
            {
                if (thread != chosen && footprints[thread].RacesWith(step))
                {
                    priority[thread] = _random.Next();
                }
            }
        }

        priority[chosen] = _random.Next();
        return new SchedulingChoice(chosen, 1);
    }
}
