namespace RaceLab.Report.Explore;

/// <summary>An exploration as a page embeds it (names in snake_case, in this order).</summary>
internal sealed record ExplorationData(
    string Program,
    string Python,
    int? Bound,
    string Granularity,
    bool Complete,
    long States,
    string TotalInterleavings,
    bool AnomalyReachable,
    IEnumerable<OutcomeData> Outcomes);

/// <summary>One reachable outcome; counts as decimal strings (they outgrow JavaScript's numbers).</summary>
internal sealed record OutcomeData(
    Dictionary<string, string> Globals,
    IReadOnlyList<string> Output,
    bool AssertionFailed,
    string? Error,
    string Interleavings,
    int? MinPreemptions,
    bool Serial,
    bool Anomaly,
    WitnessData? Witness);

/// <summary>A witness schedule, its events as rows of <see cref="EventColumns"/>.</summary>
internal sealed record WitnessData(
    IReadOnlyList<int> Schedule,
    int Preemptions,
    int Steps,
    IReadOnlyList<string> EventColumns,
    IEnumerable<object?[]> Events);

/// <summary>The data of <c>racelab explore --html</c>'s page.</summary>
internal sealed record ExplorePageData(string Kind, ExplorationData Exploration);
