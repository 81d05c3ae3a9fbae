using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Sampling;

/// <summary>One sampled schedule run to its end.</summary>
/// <param name="Outcome">Its final state.</param>
/// <param name="Preemptions">Switches away from a thread that could have run on.</param>
/// <param name="Instructions">Instructions run by all threads.</param>
/// <param name="Threads">Threads the run created (the main thread included).</param>
/// <param name="Segments">The schedule, when recorded (null when not asked for, or too long to keep).</param>
internal sealed record ScheduleRun(Outcome Outcome, int Preemptions, long Instructions, int Threads, List<Segment>? Segments)
{
    /// <summary>log10 of the exhaustive search's state count estimated from this run (see <see cref="SizeEstimate"/>).</summary>
    public double Log10States { get; init; }

    /// <summary>With <see cref="Segments"/>: the segments after which the schedule preempted.</summary>
    public List<int>? PreemptedAfter { get; init; }
}
