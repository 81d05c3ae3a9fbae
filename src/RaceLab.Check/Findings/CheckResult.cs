using RaceLab.Check.Rules;
using RaceLab.Check.Targets;

namespace RaceLab.Check.Findings;

/// <summary>The outcome of a whole run, files in path order, and the counts the summary line shows.</summary>
public sealed record CheckResult(IReadOnlyList<FileResult> Files, IReadOnlyList<CheckTarget> Targets, IReadOnlyList<CheckRule> Rules)
{
    public IEnumerable<Finding> Reported => Files.SelectMany(f => f.Findings).Where(f => !f.Suppressed);

    public IEnumerable<Finding> AllFindings => Files.SelectMany(f => f.Findings);

    public IEnumerable<FileError> Errors => Files.Select(f => f.Error).OfType<FileError>();

    public int SuppressedCount => AllFindings.Count(f => f.Suppressed);

    public int LineCount => Files.Sum(f => f.Lines);

    /// <summary>Reported findings per rule code, in code order (rules with none left out).</summary>
    public IReadOnlyList<(string Code, int Count)> CountsByRule() =>
        [.. Reported.GroupBy(f => f.Rule.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))];

    /// <summary>Reported findings that apply to each selected target, in target order.</summary>
    public IReadOnlyList<(CheckTarget Target, int Count)> CountsByTarget() =>
        [.. Targets.Select(t => (t, Reported.Count(f => f.Targets.Contains(t))))];
}
