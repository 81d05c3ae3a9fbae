using RaceLab.Python.Vm.Threading;

namespace RaceLab.Explorer.Sampling;

/// <summary>A random walk: at every switch point a runnable thread, uniformly (Coyote's RandomStrategy).</summary>
internal sealed class RandomWalkStrategy(ulong seed) : ISchedulingStrategy
{
    private readonly Xoshiro _random = new(seed);

    public SchedulingChoice Next(SchedulingPoint point) => new(point.Enabled[_random.Below(point.Enabled.Count)], 1);
}
