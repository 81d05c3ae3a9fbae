using System.Text.Json;
using RaceLab.Cli.Commands.Il;
using RaceLab.Cli.Infrastructure;
using RaceLab.Cli.Tests.Support;
using RaceLab.Experiment.Strategies;
using RaceLab.IlView;
using Spectre.Console.Testing;

namespace RaceLab.Cli.Tests.Commands.Il;

public class IlCommandTests
{
    [Fact]
    public void Il_Unsafe_PrintsTheMarkedWindowAndTheExplanation()
    {
        var (exitCode, output) = CliRunner.Run("il", "--strategy", "unsafe");
        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("IL of RaceLab.Experiment.Strategies.UnsafeStrategy::Increment32", output, StringComparison.Ordinal);
        Assert.Matches(@"▶ +IL_0004:  ldsfld +int32 RaceLab\.Experiment\.Strategies\.UnsafeStrategy::Count +◀ read shared Count", output);
        Assert.Matches(@"▶ +IL_000b:  stsfld", output);
        Assert.Contains("count++ on the shared field Count is 4 instructions (ldsfld, ldc.i4.1, add, stsfld)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("machine code", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Il_All_ListsEveryStrategyInOrder()
    {
        var (exitCode, output) = CliRunner.Run("il");
        Assert.Equal(ExitCodes.Ok, exitCode);
        var positions = StrategyCatalog.All.Select(k => output.IndexOf($"{k}Strategy::Increment32", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Il_Json_HasOneEntryPerStrategyWithMarkedLines()
    {
        var (exitCode, output) = CliRunner.Run("il", "--strategy", "interlocked,striped", "--json");
        Assert.Equal(ExitCodes.Ok, exitCode);
        using var document = JsonDocument.Parse(output);
        var strategies = document.RootElement.GetProperty("strategies").EnumerateArray().ToList();
        Assert.Equal(["interlocked", "striped"], strategies.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal("AtomicInLoop", strategies[0].GetProperty("verdict").GetString());
        Assert.Equal("OwnCell", strategies[1].GetProperty("verdict").GetString());
        var line = strategies[0].GetProperty("il").EnumerateArray().First(l => l.GetProperty("access").GetString() == "Atomic");
        Assert.Equal(["text", "access", "note", "in_window", "in_loop"], line.EnumerateObject().Select(p => p.Name));
        Assert.False(strategies[0].TryGetProperty("native", out _));
    }

    [Fact]
    public void Il_UnknownStrategy_ExitsTwo()
    {
        var (exitCode, output) = CliRunner.Run("il", "--strategy", "mutex");
        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("racelab: error: --strategy: unknown strategy 'mutex'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Il_NativeListingUnavailable_IsAUsageErrorWithTheMessage()
    {
        var settings = new IlSettings([StrategyKind.Unsafe], Native: true, Json: false);
        var exception = Assert.Throws<UsageException>(() => IlHandler.Execute(
            settings, new TestConsole(), _ => throw new IlViewException("the JIT listing is unavailable: no JIT here")));
        Assert.Equal("the JIT listing is unavailable: no JIT here", exception.Message);
    }

    [Fact]
    public void ChildFor_RunsRacelabRunWithTheSelectedStrategies()
    {
        var command = IlHandler.ChildFor([(StrategyKind.Unsafe, default), (StrategyKind.LockType, default)]);
        var arguments = command.Arguments.ToList();
        var run = arguments.IndexOf("run");
        Assert.True(run >= 0);
        Assert.Equal(["run", "--strategy", "unsafe,lock-type", "--threads", "2", "--iterations", "100000", "--trials", "60", "--json"], arguments[run..]);
    }
}
