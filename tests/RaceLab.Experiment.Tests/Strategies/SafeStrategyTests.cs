using RaceLab.Experiment.Running;
using RaceLab.Experiment.Strategies;

namespace RaceLab.Experiment.Tests.Strategies;

public class SafeStrategyTests
{
    public static TheoryData<StrategyKind, int> SafeStrategiesAndThreadCounts()
    {
        var data = new TheoryData<StrategyKind, int>();
        foreach (var kind in StrategyCatalog.All.Where(StrategyCatalog.IsSafe))
        {
            foreach (var threads in new[] { 1, 2, 3, 8 })
            {
                data.Add(kind, threads);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SafeStrategiesAndThreadCounts))]
    public void Run_SafeStrategyWithGate_EndsAtExactlyThreadsTimesIterations(StrategyKind kind, int threads)
    {
        const long iterations = 50_000;
        for (var trial = 0; trial < 3; trial++)
        {
            var result = TrialRunner.Run(kind, threads, iterations, startGate: true);
            Assert.Equal(threads * iterations, result.Final);
            Assert.Equal(0, result.Lost);
        }
    }

    [Theory]
    [MemberData(nameof(SafeStrategiesAndThreadCounts))]
    public void Run_SafeStrategyWith64BitLoops_EndsAtExactlyThreadsTimesIterations(StrategyKind kind, int threads)
    {
        const long iterations = 30_000;
        for (var trial = 0; trial < 2; trial++)
        {
            var result = TrialRunner.Run(kind, threads, iterations, startGate: true, wide: true);
            Assert.Equal(threads * iterations, result.Final);
        }
    }

    [Theory]
    [InlineData(StrategyKind.Interlocked)]
    [InlineData(StrategyKind.Lock)]
    [InlineData(StrategyKind.Striped)]
    public void Run_SafeStrategyWithoutGate_EndsAtExactlyThreadsTimesIterations(StrategyKind kind)
    {
        var result = TrialRunner.Run(kind, threads: 4, iterations: 40_000, startGate: false);
        Assert.Equal(160_000, result.Final);
    }

    [Fact]
    public void Run_ExperimentOverSeveralTrials_EverySafeStrategyIsExactInEveryTrial()
    {
        var safe = StrategyCatalog.All.Where(StrategyCatalog.IsSafe).ToList();
        var result = ExperimentRunner.Run(new ExperimentOptions(4, 25_000, safe, Trials: 3, StartGate: true));

        Assert.Equal(safe, result.Strategies.Select(s => s.Kind));
        foreach (var strategy in result.Strategies)
        {
            Assert.All(strategy.Trials, t => Assert.Equal(100_000, t.Final));
            Assert.Equal(3, strategy.ExactTrials);
            Assert.False(strategy.LostUpdates);
        }
    }
}
