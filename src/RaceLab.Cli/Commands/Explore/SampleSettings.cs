using RaceLab.Explorer.Sampling;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>The validated options of a sampled <c>racelab explore --strategy random|pct|pos</c>.</summary>
internal sealed record SampleSettings(
    SamplingStrategy Strategy,
    int Schedules,
    ulong Seed,
    int Depth,
    bool UntilFirst,
    bool AssertionsGrade,
    double? TimeLimit,
    int Workers,
    DirectoryInfo WitnessDir,
    int Witnesses)
{
    public string StrategyLabel => Strategy.ToString().ToLowerInvariant();

    public SamplingOptions ToOptions() => new()
    {
        Strategy = Strategy,
        Schedules = Schedules,
        Seed = Seed,
        Depth = Depth,
        StopAtFirstBug = UntilFirst,
        AssertionsGrade = AssertionsGrade,
        Workers = Workers,
        MaxWitnesses = Witnesses,
    };
}
