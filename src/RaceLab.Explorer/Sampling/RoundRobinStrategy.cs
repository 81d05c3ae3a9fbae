namespace RaceLab.Explorer.Sampling;

/// <summary>
/// Each runnable thread in turn for a quantum of instructions: fair, so a thread spinning on a flag lets
/// the others set it. It measures a program's length before PCT places its change points, and finishes a
/// schedule that ran far longer than that (a high-priority spinner would otherwise starve the rest).
/// </summary>
internal sealed class RoundRobinStrategy(long quantum) : ISchedulingStrategy
{
    public SchedulingChoice Next(SchedulingPoint point)
    {
        foreach (var thread in point.Enabled)
        {
            if (thread > point.Current)
            {
                return new SchedulingChoice(thread, quantum);
            }
        }

        return new SchedulingChoice(point.Enabled[0], quantum);
    }
}
