using RaceLab.Explorer.Engine;

namespace RaceLab.Report.Explore;

/// <summary>An exhaustive exploration as a page shows it: what was explored (program, version, bound) and what was found.</summary>
public sealed record ExploreView(string Program, string Python, int? Bound, string Granularity, ExplorationResult Result);
