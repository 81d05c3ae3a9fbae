namespace RaceLab.Explorer.Sampling;

/// <summary>
/// A serial schedule taken one switch point at a time, counting the steps that may touch shared state
/// (a non-empty footprint): PCT's k for a program short enough to be scheduled step by step.
/// </summary>
internal sealed class VisibleStepCounter : ISchedulingStrategy
{
    public long VisibleSteps { get; private set; }

    public SchedulingChoice Next(SchedulingPoint point)
    {
        var thread = point.Current >= 0 && point.IsEnabled(point.Current) ? point.Current : point.Enabled[0];
        if (!point.Footprint(thread).IsEmpty)
        {
            VisibleSteps++;
        }

        return new SchedulingChoice(thread, 1);
    }
}
