using RaceLab.Experiment.Running;
using RaceLab.Experiment.Strategies;

namespace RaceLab.Experiment.Tests.Running;

public class ExperimentOptionsTests
{
    private static ExperimentOptions Options(int threads = 10, long iterations = 1_000_000, int trials = 5) =>
        new(threads, iterations, [StrategyKind.Unsafe], trials, StartGate: true);

    [Fact]
    public void Validate_Defaults_AreValidAnd32Bit()
    {
        var options = Options();
        Assert.Empty(options.Validate());
        Assert.Equal(10_000_000, options.Expected);
        Assert.False(options.Uses64BitCounters);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1025)]
    public void Validate_ThreadsOutOfRange_NamesTheOption(int threads)
    {
        var problem = Assert.Single(Options(threads: threads).Validate());
        Assert.Equal($"--threads must be between 1 and 1024 (got {threads})", problem);
    }

    [Fact]
    public void Validate_ZeroIterations_NamesTheOption() =>
        Assert.Equal("--iterations must be at least 1 (got 0)", Assert.Single(Options(iterations: 0).Validate()));

    [Fact]
    public void Validate_ZeroTrials_NamesTheOption() =>
        Assert.Equal("--trials must be at least 1 (got 0)", Assert.Single(Options(trials: 0).Validate()));

    [Fact]
    public void Validate_TotalOverflowingLong_IsRejected() =>
        Assert.Contains("overflows a 64-bit counter", Assert.Single(Options(threads: 4, iterations: long.MaxValue / 2).Validate()));

    [Fact]
    public void Uses64BitCounters_TotalAboveIntMax_IsTrue()
    {
        var options = Options(threads: 3, iterations: 1_000_000_000);
        Assert.Empty(options.Validate());
        Assert.True(options.Uses64BitCounters);
        Assert.Equal(3_000_000_000, options.Expected);
    }

    [Fact]
    public void Uses64BitCounters_TotalExactlyIntMax_IsFalse() =>
        Assert.False(Options(threads: 1, iterations: int.MaxValue).Uses64BitCounters);

    [Fact]
    public void Run_InvalidOptions_Throws() =>
        Assert.Throws<ArgumentException>(() => ExperimentRunner.Run(Options(threads: 0)));

    [Fact]
    public void Run_ReportsProgressAfterEveryTrial()
    {
        var seen = new List<(StrategyKind, int, int)>();
        var options = new ExperimentOptions(2, 1_000, [StrategyKind.Interlocked, StrategyKind.Lock], Trials: 2, StartGate: true);
        ExperimentRunner.Run(options, p => seen.Add((p.Strategy, p.Trial, p.Trials)));
        Assert.Equal(
            [(StrategyKind.Interlocked, 1, 2), (StrategyKind.Interlocked, 2, 2), (StrategyKind.Lock, 1, 2), (StrategyKind.Lock, 2, 2)],
            seen);
    }
}
