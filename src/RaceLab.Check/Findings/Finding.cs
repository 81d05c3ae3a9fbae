using RaceLab.Check.Rules;
using RaceLab.Check.Targets;

namespace RaceLab.Check.Findings;

/// <summary>
/// One reported problem: a rule, where (<see cref="Location"/>: for an update window, the load), the targets it
/// applies to, a message in words a Python developer reads without bytecode, and the other places involved.
/// </summary>
public sealed record Finding(
    CheckRule Rule,
    string Path,
    SourceLocation Location,
    string Message,
    IReadOnlyList<CheckTarget> Targets,
    IReadOnlyList<RelatedLocation> Related)
{
    /// <summary>True when a <c># racelab: ignore</c> comment silences it: counted, never shown as a problem.</summary>
    public bool Suppressed { get; init; }
}
