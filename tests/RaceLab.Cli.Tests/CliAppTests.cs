using System.CommandLine.Invocation;
using RaceLab.Cli.Tests.Support;
using Spectre.Console.Testing;

namespace RaceLab.Cli.Tests;

public class CliAppTests
{
    [Fact]
    public void Run_Help_PrintsCommandsAndExitsZero()
    {
        var (exitCode, output) = CliRunner.Run("--help");
        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("[command] [options]", output, StringComparison.Ordinal);
        Assert.Contains("run", output, StringComparison.Ordinal);
        Assert.Contains("--threads", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommand_ExitsTwoWithMessage()
    {
        var (exitCode, output) = CliRunner.Run("frobnicate");
        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("racelab: error: Unrecognized command or argument 'frobnicate'", output, StringComparison.Ordinal);
        Assert.Contains("racelab --help", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownOption_ExitsTwoNotSystemCommandLinesOne()
    {
        var (exitCode, output) = CliRunner.Run("run", "--bogus");
        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("'--bogus'", output, StringComparison.Ordinal);
        Assert.Contains("racelab run --help", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ValueOfWrongType_ExitsTwoNamingTheOption()
    {
        var (exitCode, output) = CliRunner.Run("run", "--threads", "many");
        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("Cannot parse argument 'many' for option '--threads'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoArguments_RunsTheRootActionWhichIsRun()
    {
        var root = CliApp.Build(new TestConsole());
        var parseResult = root.Parse([]);
        Assert.Empty(parseResult.Errors);
        Assert.NotNull(parseResult.Action);
        Assert.IsNotType<ParseErrorAction>(parseResult.Action);
        Assert.Equal(10, parseResult.GetValue<int>("--threads"));
        Assert.Equal(1_000_000, parseResult.GetValue<long>("--iterations"));
        Assert.Equal(5, parseResult.GetValue<int>("--trials"));
        Assert.Equal(["all"], parseResult.GetValue<string[]>("--strategy")!);
    }
}
