namespace RaceLab.Explorer.Sampling;

/// <summary>How many schedules to sample, and how.</summary>
public sealed record SamplingOptions
{
    public SamplingStrategy Strategy { get; init; } = SamplingStrategy.Pct;

    public int Schedules { get; init; } = 100;

    /// <summary>Each schedule's own seed is derived from this one and its number (<see cref="ScheduleSeeds"/>).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>
    /// Whether a failed assertion makes a schedule fail. Not under --bound: bounded loops change what the
    /// program's assertions expect (the outcome is still counted and shown).
    /// </summary>
    public bool AssertionsGrade { get; init; } = true;

    /// <summary>PCT's bug depth d: d - 1 priority change points per schedule.</summary>
    public int Depth { get; init; } = 3;

    /// <summary>Stop after the first schedule (in schedule order) that fails or reaches an outcome no serial schedule reached.</summary>
    public bool StopAtFirstBug { get; init; }

    /// <summary>How many schedules run at once, each on its own VM (the report does not depend on it).</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    public const int DefaultWitnesses = 3;

    /// <summary>Anomalous outcomes that get a shrunk witness: the most often reached, then the first reached.</summary>
    public int MaxWitnesses { get; init; } = DefaultWitnesses;

    /// <summary>
    /// Instructions the replays shrinking the first witness may run (a long program's replay costs a whole
    /// run): at least this, and at least <see cref="ShrinkRuns"/> runs of the program. The first anomaly found
    /// is the one users read first; the others get a third of that each.
    /// </summary>
    public long ShrinkBudget { get; init; } = 2_000_000_000;

    /// <summary>Replays of a whole run the first witness may always take while shrinking.</summary>
    public int ShrinkRuns { get; init; } = 30;

    /// <summary>
    /// Replays the first witness may take at most, whatever their length: a 25,000-instruction program (a
    /// thread pool's) was given 80,000 replays by the instruction budget, four minutes of shrinking after a
    /// second of sampling. Each smaller number of preemptions that the search of short schedules fails to
    /// reach costs 2,000 replays before shrinking counts as complete. The bug benchmark's witnesses
    /// (bench/bugs, PCT, POS and random walk, 3.9 and 3.12, 300 schedules) are the same with and without it.
    /// </summary>
    public int ShrinkReplays { get; init; } = 20_000;
}
