using System.Text.Json;
using RaceLab.Cli.Infrastructure;
using RaceLab.Report.Story;

namespace RaceLab.Cli.Commands.Report;

/// <summary>The read-modify-write windows of the program, as <c>racelab check --format json</c> reports them for the report's targets.</summary>
internal static class ReportChecks
{
    public static IReadOnlyList<WindowFinding> Findings(ReportSettings settings)
    {
        var targets = string.Join(',', settings.Targets.Select(t => t.Label));
        var (exit, text) = CapturedConsole.Run("check", settings.Program.ToString(), "--target", targets, "--format", "json", "--exit-zero");
        if (exit != ExitCodes.Ok)
        {
            throw new UsageException(text.Trim());
        }

        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("code").GetString()!.StartsWith("RL1", StringComparison.Ordinal))
            .Select(f => new WindowFinding(
                f.GetProperty("code").GetString()!,
                f.GetProperty("line").GetInt32(),
                f.GetProperty("end_line").GetInt32(),
                f.GetProperty("message").GetString()!,
                f.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToArray()))
            .ToArray();
    }
}
