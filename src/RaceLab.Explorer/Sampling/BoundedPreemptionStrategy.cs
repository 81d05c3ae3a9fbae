using RaceLab.Python.Vm.Threading;

namespace RaceLab.Explorer.Sampling;

/// <summary>
/// A random schedule with at most a given number of preemptions (CHESS's preemption bounding, sampled):
/// the running thread goes on while it can, except at the chosen steps that may touch shared state, where
/// another runnable thread, picked at random, takes over; when it blocks or ends a random runnable thread
/// follows. The shrinker searches with it for a schedule with fewer preemptions than ddmin reached, which
/// can only move whole segments and not where they split.
/// </summary>
internal sealed class BoundedPreemptionStrategy : ISchedulingStrategy
{
    private readonly Xoshiro _random;
    private readonly HashSet<long> _preemptAt = [];
    private long _steps;

    public BoundedPreemptionStrategy(ulong seed, int preemptions, long steps)
    {
        _random = new Xoshiro(seed);
        while (_preemptAt.Count < Math.Min(preemptions, steps))
        {
            _preemptAt.Add(1 + (long)(_random.Next() % (ulong)Math.Max(1, steps)));
        }
    }

    public SchedulingChoice Next(SchedulingPoint point)
    {
        var current = point.Current;
        if (current < 0 || !point.IsEnabled(current))
        {
            return new SchedulingChoice(point.Enabled[_random.Below(point.Enabled.Count)], 1);
        }

        // The steps counted are PCT's (shared, with another thread able to run): the shrinker draws the
        // preemptions over PCT's k, and a step where no other thread can run cannot be a preemption.
        if (point.Enabled.Count > 1 && !point.Footprint(current).IsEmpty && _preemptAt.Contains(++_steps))
        {
            // Uniform over the runnable threads other than the current one.
            var pick = _random.Below(point.Enabled.Count - 1);
            return new SchedulingChoice(point.Enabled[pick >= point.Enabled.IndexOf(current) ? pick + 1 : pick], 1);
        }

        return new SchedulingChoice(current, 1);
    }
}
