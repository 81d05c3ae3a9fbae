using RaceLab.Experiment.Results;

namespace RaceLab.Experiment.Tests.Results;

public class TrialResultTests
{
    [Fact]
    public void FromTimestamps_MeasuresFromFirstStartToLastEnd()
    {
        // Ticks at 1,000 per second: threads ran [100,300] and [200,500], so 0.4 s over 1,000 increments.
        var result = TrialResult.FromTimestamps(expected: 1_000, final: 900, [100, 200], [300, 500], frequency: 1_000);

        Assert.Equal(100, result.Lost);
        Assert.Equal(0.4, result.Seconds, 12);
        Assert.Equal(0.4e6, result.NsPerIncrement, 6);
        Assert.Equal(0.25, result.Overlap, 12);
    }
}
