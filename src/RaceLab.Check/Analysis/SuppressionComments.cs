using System.Text.RegularExpressions;
using RaceLab.Check.Findings;

namespace RaceLab.Check.Analysis;

/// <summary>
/// <c># racelab: ignore[RL101, RL120]</c> silences those codes on its line, bare <c># racelab: ignore</c> every
/// code. A finding is silenced by a comment on its own line or on the line of a place it names (the write of a
/// window that spans lines).
/// </summary>
internal sealed partial class SuppressionComments
{
    private readonly Dictionary<int, HashSet<string>?> _byLine = [];

    public SuppressionComments(SourceMap source, int lineCount)
    {
        for (var line = 1; line <= lineCount; line++)
        {
            var match = Comment().Match(source.Line(line));
            if (match.Success)
            {
                _byLine[line] = match.Groups["codes"].Success
                    ? [.. match.Groups["codes"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant())]
                    : null;
            }
        }
    }

    public bool Silences(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Lines(finding).Any(line => _byLine.TryGetValue(line, out var codes) && (codes is null || codes.Contains(finding.Rule.Code)));
    }

    private static IEnumerable<int> Lines(Finding finding) => finding.Related.Select(r => r.Location.Line).Prepend(finding.Location.Line);

    [GeneratedRegex(@"#\s*racelab:\s*ignore(?:\[(?<codes>[^\]]*)\])?(?![\w\[])", RegexOptions.IgnoreCase)]
    private static partial Regex Comment();
}
