using System.Text.Json;
using Spectre.Console.Testing;

namespace RaceLab.Cli.Tests.Sim;

public sealed class SimCommandTests
{
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "Sim", "Programs", "tiny_counter.py");

    private static (int Exit, string Output) Run(params string[] args)
    {
        var console = new TestConsole().Width(200);
        var exit = CliApp.Run(args, console);
        return (exit, console.Output);
    }

    [Fact]
    public void Sim_Json_HasEveryFieldOfTheContract()
    {
        var (exit, output) = Run("sim", Program, "--python", "3.9,3.11", "--trials", "2", "--json");

        using var json = JsonDocument.Parse(output);
        var runs = json.RootElement.GetProperty("runs").EnumerateArray().ToArray();
        Assert.Equal(4, runs.Length);
        foreach (var run in runs)
        {
            foreach (var field in new[] { "python", "trial", "seed", "output", "assertion_failed", "exit_code", "globals", "simulated_seconds", "gil_switches", "lost_update_events", "updates_lost", "instructions" })
            {
                Assert.True(run.TryGetProperty(field, out _), $"missing {field}");
            }
        }

        Assert.True(runs.Where(r => r.GetProperty("python").GetString() == "3.9").All(r => r.GetProperty("assertion_failed").GetBoolean()));
        Assert.Equal(2_000_000, runs.Single(r => r.GetProperty("python").GetString() == "3.11" && r.GetProperty("trial").GetInt32() == 1).GetProperty("globals").GetProperty("count").GetInt64());
        Assert.Empty(json.RootElement.GetProperty("real").EnumerateArray());
        Assert.Equal(1, exit);
    }

    [Fact]
    public void Sim_SafeVersion_ExitsZeroAndPrintsTheProgramsOutput()
    {
        var (exit, output) = Run("sim", Program, "--python", "3.12");

        Assert.Equal(0, exit);
        Assert.Contains("count = 2000000", output, StringComparison.Ordinal);
        Assert.Contains("Summary", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sim_ProgramOutput_IsPrintedAsWrittenWithoutEmojiShortcodes()
    {
        var program = Path.Combine(Path.GetTempPath(), $"racelab-emoji-{Guid.NewGuid():N}.py");
        File.WriteAllText(program, "print('quiet:warning:Worker [b]x[/b] :+1:')\n");
        try
        {
            var (exit, output) = Run("sim", program, "--python", "3.12");

            Assert.Equal(0, exit);
            Assert.Contains("quiet:warning:Worker [b]x[/b] :+1:", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(program);
        }
    }

    [Fact]
    public void Sim_Json_CarriesStderrAndTheUncaughtException()
    {
        var program = Path.Combine(Path.GetTempPath(), $"racelab-stderr-{Guid.NewGuid():N}.py");
        File.WriteAllText(program, "import sys\nprint('to stderr', file=sys.stderr)\nprint('to stdout')\nraise KeyError('k')\n");
        try
        {
            var (exit, output) = Run("sim", program, "--python", "3.12", "--json");

            using var json = JsonDocument.Parse(output);
            var run = json.RootElement.GetProperty("runs")[0];
            Assert.Equal(["to stdout"], run.GetProperty("output").EnumerateArray().Select(l => l.GetString()));
            var stderr = run.GetProperty("stderr").EnumerateArray().Select(l => l.GetString()).ToArray();
            Assert.Equal("to stderr", stderr[0]);
            Assert.Equal("Traceback (most recent call last):", stderr[1]);
            Assert.Equal("KeyError: 'k'", stderr[^1]);
            Assert.Equal("KeyError: 'k'", run.GetProperty("uncaught").GetString());
            Assert.Equal(1, exit);
        }
        finally
        {
            File.Delete(program);
        }
    }

    [Fact]
    public void Sim_Trace_TellsTheStoryOfALostUpdate()
    {
        var (exit, output) = Run("sim", Program, "--python", "3.9", "--trace");

        Assert.Equal(1, exit);
        Assert.Contains("loaded count =", output, StringComparison.Ordinal);
        Assert.Contains("drop request at the check point after", output, StringComparison.Ordinal);
        Assert.Contains("erasing those", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sim_SameSeed_PrintsTheSameJson()
    {
        var first = Run("sim", Program, "--python", "3.9", "--seed", "5", "--json").Output;
        var second = Run("sim", Program, "--python", "3.9", "--seed", "5", "--json").Output;

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("--python", "2.7")]
    [InlineData("--trials", "0")]
    [InlineData("--switch-interval", "-1")]
    public void Sim_BadOption_ExitsTwoWithAMessage(string option, string value)
    {
        var (exit, output) = Run("sim", Program, option, value);

        Assert.Equal(2, exit);
        Assert.Contains("error:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sim_MissingProgram_ExitsTwo()
    {
        var (exit, output) = Run("sim", Path.Combine(AppContext.BaseDirectory, "nope.py"));

        Assert.Equal(2, exit);
        Assert.Contains("no such file", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sim")]
    [InlineData("explore")]
    public void UnmodelledImport_ExitsTwoNamingTheModuleAndWhereItIsImported(string command)
    {
        var program = Path.Combine(Path.GetTempPath(), $"racelab-import-{Guid.NewGuid():N}.py");
        File.WriteAllText(program, "import threading\n\n\ndef fetch():\n    import socket\n    return socket\n");
        try
        {
            var (exit, output) = Run(command, program);

            Assert.Equal(2, exit);
            Assert.Contains($"{program}:5:12: module 'socket' is not modelled", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(program);
        }
    }
}
