using RaceLab.Cli.Commands.Run;
using RaceLab.Experiment.Strategies;
using Spectre.Console.Testing;
using static RaceLab.Cli.Tests.Support.Results;

namespace RaceLab.Cli.Tests.Commands.Run;

public class RunReportTests
{
    private static string Render(RaceLab.Experiment.Results.ExperimentResult result)
    {
        var console = new TestConsole().Width(200);
        RunReport.Render(console, result);
        return console.Output;
    }

    [Fact]
    public void Render_UnsafeTrials_PrintsTheNotesSentenceForEachTrial()
    {
        var output = Render(Make(strategies: [(StrategyKind.Unsafe, [7909319, 8000000, 10000000])]));
        Assert.Contains("Value of count incremented 1000000 times by 10 threads is 7909319\n", output, StringComparison.Ordinal);
        Assert.Contains("Value of count incremented 1000000 times by 10 threads is 8000000\n", output, StringComparison.Ordinal);
        Assert.Contains("Value of count incremented 1000000 times by 10 threads is 10000000\n", output, StringComparison.Ordinal);
        Assert.Contains("✗ unsafe: lost updates in 2 of 3 trial(s), up to 2,090,681 of 10,000,000.", output, StringComparison.Ordinal);
        Assert.Contains("Updates lost per trial", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Table_ShowsMinMedianMaxAndMedianLostWithPercent()
    {
        var output = Render(Make(strategies: [(StrategyKind.Unsafe, [9_000_000, 8_000_000, 9_500_000])]));
        Assert.Matches(@"unsafe\s+│\s+8,000,000\s+│\s+9,000,000\s+│\s+9,500,000\s+│\s+1,000,000 \(10\.0 %\)", output);
    }

    [Fact]
    public void Render_ThroughputRelativeToInterlocked_IsTheRatioOfNsPerIncrement()
    {
        // Trial() gives every strategy the same time, so each is 1.00× interlocked.
        var output = Render(Make(strategies: [(StrategyKind.Interlocked, [10_000_000]), (StrategyKind.Lock, [10_000_000])]));
        Assert.Matches(@"lock\s+│\s+1\.00\s+│\s+1,000\s+│\s+1\.00×", output);
    }

    [Fact]
    public void Render_WithoutInterlocked_SaysRelativeThroughputIsNotAvailable()
    {
        var output = Render(Make(strategies: [(StrategyKind.Lock, [10_000_000])]));
        Assert.Matches(@"lock\s+│\s+1\.00\s+│\s+1,000\s+│\s+n/a", output);
    }

    [Fact]
    public void Render_TotalAboveIntMax_SaysCountersAre64Bit()
    {
        var output = Render(Make(threads: 4, iterations: 1_000_000_000, strategies: [(StrategyKind.Interlocked, [4_000_000_000])]));
        Assert.Contains("4,000,000,000 does not fit a 32-bit int, so every strategy counts in a 64-bit long", output, StringComparison.Ordinal);
        Assert.Contains("64-bit long", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OneCore_WarnsTheRaceCannotShowProperly()
    {
        var output = Render(Make(cores: 1, strategies: [(StrategyKind.Unsafe, [10_000_000])]));
        Assert.Contains("warning: this process has only one logical core", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnsafeThatLostNothing_WarnsItIsStillNotAtomic()
    {
        var output = Render(Make(strategies: [(StrategyKind.Unsafe, [10_000_000])]));
        Assert.Contains("! unsafe: no update lost in 1 trial(s) this time, but count++ on a static int field is not atomic", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_TrialsWithoutOverlap_AreCounted()
    {
        var result = Make(strategies: [(StrategyKind.Interlocked, [10_000_000, 10_000_000])]);
        var isolated = result with
        {
            Strategies = [new(StrategyKind.Interlocked, 10_000_000, [Trial(10_000_000, 10_000_000, overlap: 0), Trial(10_000_000, 10_000_000)])],
        };
        Assert.Contains(RunReport.Warnings(isolated), w => w.StartsWith("in 1 of 2 trial(s) the threads never overlapped", StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_OneThread_SaysItCannotRace()
    {
        var result = Make(threads: 1, strategies: [(StrategyKind.Unsafe, [1_000_000])]);
        Assert.Contains(RunReport.Warnings(result), w => w.StartsWith("one thread cannot race", StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_GatedRunOnManyCoresWithOverlap_AreNone()
    {
        var result = Make(strategies: [(StrategyKind.Unsafe, [9_000_000])]);
        Assert.Empty(RunReport.Warnings(result));
    }
}
