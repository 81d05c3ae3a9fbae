namespace RaceLab.Explorer.Sampling;

/// <summary>
/// Runs a schedule one switch point at a time, counting PCT's steps for a program short enough to be
/// scheduled step by step: the steps that may touch shared state (a non-empty footprint) taken where
/// another thread could run instead. The threads are picked by <paramref name="pick"/> (null: serially,
/// the thread that ran going on while it can).
/// </summary>
internal sealed class VisibleStepCounter(ISchedulingStrategy? pick = null) : ISchedulingStrategy
{
    public long VisibleSteps { get; private set; }

    public SchedulingChoice Next(SchedulingPoint point)
    {
        var thread = pick?.Next(point).Thread
            ?? (point.Current >= 0 && point.IsEnabled(point.Current) ? point.Current : point.Enabled[0]);
        if (point.Enabled.Count > 1 && !point.Footprint(thread).IsEmpty)
        {
            VisibleSteps++;
        }

        return new SchedulingChoice(thread, 1);
    }
}
