using System.Globalization;

namespace RaceLab.Report.Story;

/// <summary>The first screen's one sentence per version: does it lose updates, and on what evidence.</summary>
public static class Answers
{
    public static bool Loses(VersionStory version, IReadOnlyList<WindowFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(findings);
        return version.Sims.Any(s => s.Result.LostUpdateEvents > 0)
            || version.Exploration?.Result.AnomalyReachable == true
            || findings.Any(f => f.Targets.Contains(version.Python));
    }

    /// <summary>The sentence after "Python 3.9 loses updates" / "does not lose updates".</summary>
    public static string Evidence(VersionStory version, IReadOnlyList<WindowFinding> findings, int? bound)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(findings);
        var parts = new List<string>();
        var scope = bound is { } b ? $"with every loop bounded to {b} iterations" : "over every interleaving";
        if (version.Sims.Count == 1 && version.Sims[0].Result is var sim)
        {
            parts.Add(sim.LostUpdateEvents > 0
                ? string.Create(CultureInfo.InvariantCulture, $"the simulated run lost {sim.UpdatesLost:N0} updates in {sim.LostUpdateEvents:N0} lost-update events")
                : "the simulated run kept every update");
        }
        else if (version.Sims.Count > 1)
        {
            var losing = version.Sims.Count(s => s.Result.LostUpdateEvents > 0);
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{losing} of {version.Sims.Count} simulated runs lost updates"));
        }

        if (version.Exploration?.Result is { } explored)
        {
            var anomalies = explored.Outcomes.Where(o => o.Anomaly).ToArray();
            parts.Add(anomalies.Length > 0
                ? string.Create(CultureInfo.InvariantCulture,
                    $"{scope}, {anomalies.Length} of the {explored.Outcomes.Count} reachable outcomes are ones no serial run produces, the first reached with {Preemptions(anomalies.Min(o => o.MinPreemptions ?? int.MaxValue))}")
                : explored.Complete
                    ? string.Create(CultureInfo.InvariantCulture, $"{scope}, none of the {explored.TotalInterleavings:N0} interleavings loses one")
                    : "the exhaustive search stopped early and found no anomaly (not a proof)");
        }

        var window = findings.Count > 0 ? findings[0] : null;
        if (window is not null && !window.Targets.Contains(version.Python))
        {
            parts.Add($"but only because no switch point falls inside the window at line {window.Line}, an implementation detail, not a guarantee");
        }
        else if (window is not null)
        {
            parts.Add(version.Python.EndsWith('t')
                ? $"without a GIL another thread runs between the read and the write at line {window.Line}"
                : $"a switch point falls inside the read-modify-write window at line {window.Line}");
        }

        return parts.Count == 0 ? "nothing was run for it." : Capitalise(string.Join("; ", parts)) + ".";
    }

    private static string Preemptions(int count) => count == 1 ? "a single preemption" : string.Create(CultureInfo.InvariantCulture, $"{count} preemptions");

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
