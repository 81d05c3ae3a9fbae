using RaceLab.Check.Findings;
using RaceLab.Check.Reporting;
using RaceLab.Cli.Infrastructure;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Check;

/// <summary>
/// <c>--format text</c>, ruff's shape: <c>path:line:col: RL101 message [targets]</c>, one unwrapped line per
/// finding (editors and grep jump to them), files that could not be analysed as <c>path:line:col: message</c>,
/// then the summary. Colour only when the console supports it (Spectre drops styles when redirected).
/// </summary>
internal static class CheckTextReport
{
    private static readonly Style PathStyle = new(decoration: Decoration.Bold);
    private static readonly Style CodeStyle = new(Color.Red, decoration: Decoration.Bold);
    private static readonly Style TargetStyle = new(Color.Grey);
    private static readonly Style ErrorStyle = new(Color.Red);

    public static void Write(IAnsiConsole console, CheckResult result)
    {
        foreach (var error in result.Errors)
        {
            console.Write(new UnwrappedLine([($"{error.Path}:{error.Line}:{error.Column}:", PathStyle), ($" {error.Message}", ErrorStyle)]));
        }

        foreach (var finding in result.Reported)
        {
            var targets = string.Join(", ", finding.Targets.Select(t => t.Label));
            console.Write(new UnwrappedLine(
            [
                ($"{finding.Path}:{finding.Location.Line}:{finding.Location.Column}:", PathStyle),
                ($" {finding.Rule.Code}", CodeStyle),
                ($" {finding.Message}", Style.Plain),
                ($" [{targets}]", TargetStyle),
            ]));
        }

        console.Write(new UnwrappedLine([(Summary.Line(result), Style.Plain)]));
    }
}
