using RaceLab.Cli.Commands.Run;
using RaceLab.Experiment.Strategies;
using Spectre.Console.Testing;
using static RaceLab.Cli.Tests.Support.Results;

namespace RaceLab.Cli.Tests.Commands.Run;

public class RunAssertionTests
{
    [Fact]
    public void CheckAssertion_StrategyLostUpdates_PrintsAssertionErrorWithValueAndExitsOne()
    {
        var console = new TestConsole().Width(200);
        var result = Make(strategies: [(StrategyKind.Unsafe, [10_000_000, 7_909_319, 8_000_000]), (StrategyKind.Lock, [10_000_000, 10_000_000, 10_000_000])]);

        var exitCode = RunHandler.CheckAssertion(result, console, json: false);

        Assert.Equal(ExitCodes.CheckFailed, exitCode);
        Assert.Contains("AssertionError: 7909319\n", console.Output, StringComparison.Ordinal);
        Assert.Contains("unsafe: trial 2 ended at 7,909,319, expected 10,000,000", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("lock:", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAssertion_NothingLost_ExitsZeroSilently()
    {
        var console = new TestConsole();
        var result = Make(strategies: [(StrategyKind.Unsafe, [10_000_000])]);
        Assert.Equal(ExitCodes.Ok, RunHandler.CheckAssertion(result, console, json: false));
        Assert.Equal(string.Empty, console.Output);
    }

    [Fact]
    public void CheckAssertion_Json_ExitsOneWithoutCorruptingTheDocument()
    {
        var console = new TestConsole();
        var result = Make(strategies: [(StrategyKind.Volatile, [9_999_999])]);
        Assert.Equal(ExitCodes.CheckFailed, RunHandler.CheckAssertion(result, console, json: true));
        Assert.Equal(string.Empty, console.Output);
    }
}
