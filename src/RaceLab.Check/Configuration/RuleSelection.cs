using RaceLab.Check.Rules;

namespace RaceLab.Check.Configuration;

/// <summary>
/// Which rules run: a code is on when it starts with one of the selected prefixes ("RL1", "RL101", "ALL") and
/// with none of the ignored ones. Every prefix must name at least one rule, so a typo is an error, not silence.
/// </summary>
public sealed record RuleSelection(IReadOnlyList<string> Select, IReadOnlyList<string> Ignore)
{
    public static RuleSelection Everything { get; } = new(["ALL"], []);

    public bool Enables(string code) => Select.Any(p => Matches(p, code)) && !Ignore.Any(p => Matches(p, code));

    /// <summary>The first prefix that names no rule, or null.</summary>
    public string? Unknown() => Select.Concat(Ignore).FirstOrDefault(p => !RuleCatalog.All.Any(r => Matches(p, r.Code)));

    public IReadOnlyList<CheckRule> EnabledRules() => [.. RuleCatalog.All.Where(r => Enables(r.Code))];

    /// <summary>Splits "RL101,RL2" and TOML lists alike into trimmed, upper-cased prefixes.</summary>
    public static IReadOnlyList<string> ParseCodes(IEnumerable<string> values) =>
        [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToUpperInvariant())];

    private static bool Matches(string prefix, string code) =>
        prefix == "ALL" || code.StartsWith(prefix, StringComparison.Ordinal);
}
