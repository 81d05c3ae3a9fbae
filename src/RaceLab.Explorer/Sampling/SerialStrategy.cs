namespace RaceLab.Explorer.Sampling;

/// <summary>
/// No preemption: the thread that ran goes on until it blocks or ends, then the lowest-numbered runnable
/// one. Its outcome is one a serial execution produces, which grades the sampled outcomes.
/// </summary>
internal sealed class SerialStrategy : ISchedulingStrategy
{
    private const long Stretch = 1 << 20;

    public SchedulingChoice Next(SchedulingPoint point) =>
        new(point.Current >= 0 && point.IsEnabled(point.Current) ? point.Current : point.Enabled[0], Stretch);
}
