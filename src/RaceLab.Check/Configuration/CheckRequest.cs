using RaceLab.Check.Discovery;
using RaceLab.Check.Targets;

namespace RaceLab.Check.Configuration;

/// <summary>A validated check run: what to check, for which targets, with which rules.</summary>
public sealed record CheckRequest(
    IReadOnlyList<string> Paths,
    IReadOnlyList<CheckTarget> Targets,
    RuleSelection Selection,
    ExcludeRules Excludes);
