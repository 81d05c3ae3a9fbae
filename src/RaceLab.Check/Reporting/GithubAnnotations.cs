using RaceLab.Check.Findings;

namespace RaceLab.Check.Reporting;

/// <summary>
/// <c>--format github</c>: one GitHub Actions workflow command per finding (<c>::warning file=…,line=…,col=…::</c>)
/// and per file that could not be analysed (<c>::error</c>), then the summary as a notice. Values are escaped as
/// the runner's command parser expects (%, CR, LF everywhere; ':' and ',' in properties too).
/// </summary>
public static class GithubAnnotations
{
    public static void Write(TextWriter output, CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            output.Write($"::error file={Property(error.Path)},line={error.Line},col={error.Column},title=racelab::{Data(error.Message)}\n");
        }

        foreach (var finding in result.Reported)
        {
            var location = finding.Location;
            var targets = string.Join(", ", finding.Targets.Select(t => t.Label));
            output.Write($"::warning file={Property(finding.Path)},line={location.Line},col={location.Column}," +
                $"endLine={location.EndLine},endColumn={location.EndColumn},title={Property($"{finding.Rule.Code} {finding.Rule.Name}")}::" +
                $"{Data($"{finding.Rule.Code} {finding.Message} [{targets}]")}\n");
        }

        output.Write($"::notice title=racelab check::{Data(Summary.Line(result))}\n");
        output.Flush();
    }

    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
