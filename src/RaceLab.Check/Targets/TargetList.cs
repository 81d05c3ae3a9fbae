namespace RaceLab.Check.Targets;

/// <summary>Reads the target lists users write: <c>3.9,3.13t</c>, <c>all</c>, or a TOML array of the same labels.</summary>
public static class TargetList
{
    public const string Accepted = "3.9, 3.10, 3.11, 3.12, 3.13, 3.13t or all";

    /// <summary>The targets named by <paramref name="labels"/> in canonical order, or the first label not understood.</summary>
    public static (IReadOnlyList<CheckTarget> Targets, string? Unknown) Parse(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var chosen = new SortedSet<CheckTarget>();
        foreach (var raw in labels.SelectMany(l => l.Split(',')))
        {
            var label = raw.Trim();
            if (label.Length == 0)
            {
                continue;
            }

            if (label == "all")
            {
                chosen.UnionWith(CheckTarget.All);
                continue;
            }

            var match = CheckTarget.All.Where(t => t.Label == label).ToList();
            if (match.Count == 0)
            {
                return ([], label);
            }

            chosen.Add(match[0]);
        }

        return chosen.Count == 0 ? ([], "") : ([.. chosen], null);
    }

    /// <summary>The labels in canonical order, comma-separated: "3.9, 3.13t".</summary>
    public static string Describe(IEnumerable<CheckTarget> targets) => string.Join(", ", targets.Distinct().Order().Select(t => t.Label));
}
