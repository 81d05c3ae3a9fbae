namespace RaceLab.Explorer.Sampling;

/// <summary>
/// Picks who runs at a switch point of a sampled schedule (Coyote's strategy interface). A strategy is
/// deterministic given its seed: the same seed gives the same schedule.
/// </summary>
internal interface ISchedulingStrategy
{
    /// <summary>The thread to run and how many instructions at least before it is asked again.</summary>
    SchedulingChoice Next(SchedulingPoint point);
}

/// <summary>Run <paramref name="Thread"/> for at least <paramref name="AtLeast"/> instructions, then to its next switch point.</summary>
internal readonly record struct SchedulingChoice(int Thread, long AtLeast);
