using RaceLab.Experiment.Results;
using RaceLab.Experiment.Strategies;

namespace RaceLab.Experiment.Tests.Results;

public class StatisticsTests
{
    [Fact]
    public void Median_OddCount_IsTheMiddleValue() => Assert.Equal(7, Statistics.Median(new long[] { 9, 1, 7 }));

    [Fact]
    public void Median_EvenCount_IsTheMeanOfTheTwoMiddleValues() => Assert.Equal(5.5, Statistics.Median(new long[] { 10, 1, 5, 6 }));

    [Fact]
    public void Median_Empty_Throws() => Assert.Throws<ArgumentException>(() => Statistics.Median(Array.Empty<long>()));

    [Fact]
    public void StrategyResult_SummarisesTrials()
    {
        TrialResult Trial(long final, double ns) => new(final, 100 - final, ns * 100 / 1e9, ns, 0.5);
        var result = new StrategyResult(StrategyKind.Unsafe, 100, [Trial(90, 1), Trial(100, 3), Trial(70, 2)]);

        Assert.Equal(70, result.Min);
        Assert.Equal(90, result.Median);
        Assert.Equal(100, result.Max);
        Assert.Equal(10, result.MedianLost);
        Assert.Equal(2, result.MedianNsPerIncrement);
        Assert.Equal(1, result.ExactTrials);
        Assert.True(result.LostUpdates);
        Assert.Equal(90, result.FirstLosingTrial!.Final);
    }
}
