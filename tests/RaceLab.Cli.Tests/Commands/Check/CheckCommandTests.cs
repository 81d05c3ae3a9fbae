using System.Text.Json;
using RaceLab.Cli.Tests.Support;

namespace RaceLab.Cli.Tests.Commands.Check;

public sealed class CheckCommandTests : IDisposable
{
    private const string Counter = "count = 0\n\n\ndef step():\n    return 1\n\n\ndef worker():\n    global count\n    count = count + step()\n";
    private const string Inline = "count = 0\n\n\ndef worker():\n    global count\n    count += 1\n";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "racelab-check-cli-" + Guid.NewGuid().ToString("N"));

    public CheckCommandTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Check_Findings_PrintsRuffStyleLinesAndSummaryAndExitsOne()
    {
        var file = Add("counter.py", Counter);

        var (code, text) = CliRunner.Run("check", file);

        Assert.Equal(ExitCodes.CheckFailed, code);
        Assert.Contains($"{file.Replace('\\', '/')}:10:13: RL101 `count` can lose updates (read at 10:13, written at 10:5)", text, StringComparison.Ordinal);
        Assert.Contains("[3.9, 3.10, 3.11, 3.12, 3.13, 3.13t]", text, StringComparison.Ordinal);
        Assert.Contains("1 finding in 1 file; by rule: RL101 1; by target:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoFindingOnTheTargets_ExitsZero()
    {
        var file = Add("inline.py", Inline);

        var (code, text) = CliRunner.Run("check", file, "--target", "3.11", "--ignore", "RL120");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("0 findings in 1 file", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExitZero_ExitsZeroDespiteFindings()
    {
        var (code, _) = CliRunner.Run("check", Add("counter.py", Counter), "--exit-zero");

        Assert.Equal(ExitCodes.Ok, code);
    }

    [Fact]
    public void Check_UnsupportedFileInADirectory_IsReportedWithPositionAndExitsTwo_OthersStillReported()
    {
        Add("a.py", Counter);
        Add("b.py", "x = 1\nmatch x:\n    case 1:\n        pass\n");

        var (code, text) = CliRunner.Run("check", _root);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("b.py:2:1: unsupported construct: match statement", text, StringComparison.Ordinal);
        Assert.Contains("a.py:10:13: RL101", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "xml", "unknown format")]
    [InlineData("--target", "3.8", "unknown target '3.8'")]
    [InlineData("--select", "RL999", "no rule code starts with 'RL999'")]
    public void Check_BadOption_ExitsTwoWithAMessage(string option, string value, string expected)
    {
        var (code, text) = CliRunner.Run("check", Add("counter.py", Counter), option, value);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_JsonFormat_IsOneDocument()
    {
        var (code, text) = CliRunner.Run("check", Add("counter.py", Counter), "--format", "json", "--target", "3.9,3.13t");

        Assert.Equal(ExitCodes.CheckFailed, code);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(["3.9", "3.13t"], json.RootElement.GetProperty("targets").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Check_SarifAndGithubFormats_AreWritten()
    {
        var file = Add("counter.py", Counter);

        var (_, sarif) = CliRunner.Run("check", file, "--format", "sarif");
        var (_, github) = CliRunner.Run("check", file, "--format", "github");

        Assert.Equal("2.1.0", JsonDocument.Parse(sarif).RootElement.GetProperty("version").GetString());
        Assert.StartsWith("::warning file=", github, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PyProjectInTheTree_IsUsed()
    {
        Add("pyproject.toml", "[tool.racelab]\ntargets = [\"3.12\"]\nselect = [\"RL120\"]\n");
        var file = Add("src/inline.py", Inline);

        var (code, text) = CliRunner.Run("check", file);

        Assert.Equal(ExitCodes.CheckFailed, code);
        Assert.Contains("RL120", text, StringComparison.Ordinal);
        Assert.Contains("[3.12]", text, StringComparison.Ordinal);
    }

    private string Add(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
