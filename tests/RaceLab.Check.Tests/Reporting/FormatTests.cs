using System.Text.Json;
using RaceLab.Check.Findings;
using RaceLab.Check.Reporting;
using RaceLab.Check.Tests.Support;

namespace RaceLab.Check.Tests.Reporting;

public sealed class FormatTests : IDisposable
{
    private readonly TempTree _tree = new();
    private readonly CheckResult _result;

    // One reported finding, one suppressed, one file that cannot be analysed: every part of every format.
    public FormatTests()
    {
        _tree.Add("counter.py", Programs.CallInWindow);
        _tree.Add("quiet.py", Programs.InlineIncrement.Replace("count += 1", "count += 1  # racelab: ignore", StringComparison.Ordinal));
        _tree.Add("klass.py", Programs.Unsupported);
        _result = Checker.Run([_tree.Root]);
    }

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Sarif_IsValidAgainstTheSarif210Schema()
    {
        var sarif = Write(w => SarifReport.Write(w, _result, "0.1.0"));

        var evaluation = SarifSchema.Evaluate(sarif);

        Assert.True(evaluation.IsValid, SarifSchema.Errors(evaluation));
    }

    [Fact]
    public void SarifSchemaCheck_RejectsABrokenLog()
    {
        var sarif = Write(w => SarifReport.Write(w, _result, "0.1.0")).Replace("\"startLine\": 10", "\"startLine\": 0", StringComparison.Ordinal);

        Assert.False(SarifSchema.Evaluate(sarif).IsValid);
    }

    [Fact]
    public void Sarif_HasRulesWithHelp_ResultsWithRegions_SuppressionsAndNotifications()
    {
        using var sarif = JsonDocument.Parse(Write(w => SarifReport.Write(w, _result, "0.1.0")));
        var run = sarif.RootElement.GetProperty("runs")[0];

        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Contains(rules.EnumerateArray(), r => r.GetProperty("id").GetString() == "RL101" && r.GetProperty("help").GetProperty("text").GetString()!.Contains("Lock", StringComparison.Ordinal));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        var reported = results.Single(r => !r.TryGetProperty("suppressions", out _));
        var region = reported.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(10, region.GetProperty("startLine").GetInt32());
        Assert.Equal(13, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(5, reported.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32());
        var notification = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0];
        Assert.Contains("match statement", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_HasFindingsErrorsAndSummaryCounts()
    {
        using var json = JsonDocument.Parse(Write(w => JsonReport.Write(w, _result)));
        var root = json.RootElement;

        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(2, findings.Count);
        var first = findings.Single(f => !f.GetProperty("suppressed").GetBoolean());
        Assert.Equal("RL101", first.GetProperty("code").GetString());
        Assert.Equal(10, first.GetProperty("line").GetInt32());
        Assert.Equal(13, first.GetProperty("column").GetInt32());
        Assert.Equal(6, first.GetProperty("targets").GetArrayLength());
        Assert.Equal(1, root.GetProperty("errors").GetArrayLength());
        var summary = root.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("findings").GetInt32());
        Assert.Equal(1, summary.GetProperty("suppressed").GetInt32());
        Assert.Equal(1, summary.GetProperty("by_rule").GetProperty("RL101").GetInt32());
        Assert.Equal(1, summary.GetProperty("by_target").GetProperty("3.13t").GetInt32());
    }

    [Fact]
    public void Github_WritesWorkflowCommands()
    {
        var lines = Write(w => GithubAnnotations.Write(w, _result)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^::error file=.*klass\.py,line=1,col=1,title=racelab::unsupported construct: match statement$", lines[0]);
        Assert.Matches(@"^::warning file=.*counter\.py,line=10,col=13,endLine=10,endColumn=18,title=RL101 global-lost-update::RL101 `count` can lose updates .*\[3\.9, 3\.10, 3\.11, 3\.12, 3\.13, 3\.13t\]$", lines[1]);
        Assert.StartsWith("::notice title=racelab check::1 finding in 3 files", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_CountsPerRuleAndTargetAndSuppressed()
    {
        Assert.Equal(
            "1 finding in 3 files; by rule: RL101 1; by target: 3.9 1, 3.10 1, 3.11 1, 3.12 1, 3.13 1, 3.13t 1; 1 suppressed; 1 file could not be analysed",
            Summary.Line(_result));
    }

    private static string Write(Action<StringWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }
}
