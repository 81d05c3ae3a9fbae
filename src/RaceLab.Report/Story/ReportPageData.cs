using RaceLab.Report.Explore;
using RaceLab.Report.Sim;

namespace RaceLab.Report.Story;

/// <summary>The data of <c>racelab report</c>'s page (names in snake_case, in this order).</summary>
internal sealed record ReportPageData(
    string Kind,
    string Program,
    string Source,
    int? Bound,
    IReadOnlyList<WindowFinding> Findings,
    IEnumerable<VersionData> Versions,
    IReadOnlyList<RealInterpreterRun> Real);

/// <summary>One version's answer and evidence.</summary>
internal sealed record VersionData(string Python, bool LosesUpdates, IEnumerable<SimRunData> Sims, ExplorationData? Exploration);
