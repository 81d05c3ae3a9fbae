using RaceLab.Python.Vm.Timeline;

namespace RaceLab.Report.Sim;

/// <summary>One run as a page embeds it (names in snake_case, in this order).</summary>
internal sealed record SimRunData(
    string Label,
    string Python,
    ulong Seed,
    IReadOnlyList<string> Output,
    string? UncaughtException,
    bool AssertionFailed,
    double SimulatedSeconds,
    long GilSwitches,
    long LostUpdateEvents,
    long UpdatesLost,
    long Instructions,
    TimelineData? Timeline);

/// <summary>A run's timeline: stretches as rows of <see cref="IntervalColumns"/>, hand-offs as rows of <see cref="HandoffColumns"/>.</summary>
internal sealed record TimelineData(
    IReadOnlyList<string> Threads,
    IReadOnlyList<double> Ends,
    double EndSeconds,
    bool HasGil,
    IReadOnlyList<string> IntervalColumns,
    IEnumerable<object[]> Intervals,
    IReadOnlyList<string> HandoffColumns,
    IEnumerable<object[]> Handoffs,
    IReadOnlyList<TimelineLostUpdate> LostUpdates,
    long LostUpdatesNotKept);

/// <summary>The data of <c>racelab sim --html</c>'s page.</summary>
internal sealed record SimPageData(string Kind, string Program, IEnumerable<SimRunData> Runs);
