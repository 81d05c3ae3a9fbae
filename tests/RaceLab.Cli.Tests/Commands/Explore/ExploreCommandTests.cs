using System.Text.Json;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using Spectre.Console.Testing;

namespace RaceLab.Cli.Tests.Commands.Explore;

public sealed class ExploreCommandTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "ExplorePrograms");

    [Fact]
    public void Explore_InlineCounterOn39_ReportsAnomaliesWithWitnessesAndExitsOne()
    {
        var (code, text) = Run("explore", Program("inline_counter"), "--python", "3.9", "--bound", "2");

        Assert.Equal(ExitCodes.CheckFailed, code);
        Assert.Contains("Complete:", text, StringComparison.Ordinal);
        Assert.Contains("count=2", text, StringComparison.Ordinal);
        Assert.Contains("count=3", text, StringComparison.Ordinal);
        Assert.Contains("ANOMALY", text, StringComparison.Ordinal);
        Assert.Contains("Witness for outcome 1", text, StringComparison.Ordinal);
        Assert.Contains("STORE_GLOBAL count", text, StringComparison.Ordinal);
        Assert.Contains("Anomaly:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explore_InlineCounterOn311_ProvesNoAnomalyAndExitsZero()
    {
        var (code, text) = Run("explore", Program("inline_counter"), "--python", "3.11", "--bound", "2");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("No anomaly is reachable", text, StringComparison.Ordinal);
        Assert.Contains("proof over the whole explored space", text, StringComparison.Ordinal);
        Assert.DoesNotContain("count=3", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explore_Json_HasTheIssuesFieldsAndReplaysFromAWitness()
    {
        var (code, text) = Run("explore", Program("inline_counter"), "--python", "3.13t", "--bound", "2", "--json");

        Assert.Equal(ExitCodes.CheckFailed, code);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        Assert.Equal(["program", "python", "bound", "granularity", "complete", "states", "seconds", "outcomes"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("3.13t", root.GetProperty("python").GetString());
        Assert.Equal(2, root.GetProperty("bound").GetInt32());
        Assert.True(root.GetProperty("complete").GetBoolean());
        var outcomes = root.GetProperty("outcomes").EnumerateArray().ToList();
        Assert.Equal([2, 3, 4], outcomes.Select(o => o.GetProperty("globals").GetProperty("count").GetInt32()));
        Assert.Equal(
            ["globals", "output", "assertion_failed", "kind", "assertion_message", "interleavings", "min_preemptions", "serial", "anomaly", "witness"],
            outcomes[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("assertion_failed", outcomes[0].GetProperty("kind").GetString());

        var file = Path.Combine(Path.GetTempPath(), $"racelab-witness-{Environment.ProcessId}.json");
        File.WriteAllText(file, "{\"witness\": " + outcomes[0].GetProperty("witness").GetRawText() + "}");
        try
        {
            var (replayCode, replay) = Run("explore", Program("inline_counter"), "--python", "3.13t", "--bound", "2", "--replay", file, "--json");
            using var replayed = JsonDocument.Parse(replay);
            Assert.Equal(2, replayed.RootElement.GetProperty("globals").GetProperty("count").GetInt32());
            Assert.Equal(outcomes[0].GetProperty("min_preemptions").GetInt32(), replayed.RootElement.GetProperty("preemptions").GetInt32());
            Assert.Equal(ExitCodes.CheckFailed, replayCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Explore_MaxStates_SaysTheResultIsPartial()
    {
        var (_, text) = Run("explore", Program("inline_counter"), "--python", "3.9", "--bound", "2", "--max-states", "50");

        Assert.Contains("Partial: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[yellow]", text, StringComparison.Ordinal);
        Assert.Contains("not a proof", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--python", "2.7", "--python: unknown version")]
    [InlineData("--granularity", "cache", "--granularity: unknown value")]
    [InlineData("--bound", "0", "--bound must be at least 1")]
    public void Explore_BadOption_ExitsTwoWithAMessage(string option, string value, string message)
    {
        var (code, text) = Run("explore", Program("inline_counter"), option, value);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(message, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explore_ReplayOfAScheduleThatDoesNotFit_ExitsTwoNamingTheStep()
    {
        var file = Path.Combine(Path.GetTempPath(), $"racelab-bad-schedule-{Environment.ProcessId}.txt");
        File.WriteAllText(file, "0 0 5\n");
        try
        {
            var (code, text) = Run("explore", Program("inline_counter"), "--python", "3.11", "--bound", "2", "--replay", file);

            Assert.Equal(ExitCodes.UsageError, code);
            Assert.Contains("schedule step 3: thread 5 cannot run there", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Explore_ProgramThatCanSpinForever_ExitsWithUsageErrorAndSaysWhy()
    {
        var (code, text) = Run("explore", Program("spin_flag"), "--python", "3.9");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("racelab: error: some schedule runs", text, StringComparison.Ordinal);
        Assert.Contains("the program can run forever", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    private static string Program(string name) => Path.Combine(Folder, name + ".py");

    private static (int Code, string Text) Run(params string[] args)
    {
        var console = new TestConsole().Width(1000);
        var root = CliApp.Build(console);
        var command = root.Subcommands.Single(c => c.Name == "explore");
        root.Subcommands.Remove(command);
        RaceLab.Cli.Commands.Explore.ExploreDefinition.Register(root, console, Compile);
        var code = CliApp.Invoke(root, args, console);
        return (code, console.Output);
    }

    /// <summary>Real CPython's code objects, recorded by golden.py beside the programs.</summary>
    private static CodeObject Compile(string source, string fileName, PythonVersion version)
    {
        _ = source;
        var name = Path.GetFileNameWithoutExtension(fileName);
        return CodeObjectJson.Load(File.ReadAllText(Path.Combine(Folder, "golden", name, version.Label() + ".code.json")), version, fileName);
    }
}
