using RaceLab.Experiment.Results;

namespace RaceLab.Experiment.Tests.Results;

public class OverlapTests
{
    [Fact]
    public void Share_DisjointIntervals_IsZero() => Assert.Equal(0, Overlap.Share([0, 10], [5, 20]));

    [Fact]
    public void Share_TouchingIntervals_IsZero() => Assert.Equal(0, Overlap.Share([0, 5], [5, 10]));

    [Fact]
    public void Share_IdenticalIntervals_IsOne() => Assert.Equal(1, Overlap.Share([3, 3], [9, 9]));

    [Fact]
    public void Share_HalfOverlapping_IsTheSharedPartOverTheSpan()
    {
        // [0,10] and [5,15]: two threads run during [5,10], 5 of the 15 units.
        Assert.Equal(5.0 / 15, Overlap.Share([0, 5], [10, 15]), 12);
    }

    [Fact]
    public void Share_ThreeThreads_CountsTimeWithAtLeastTwoRunning()
    {
        // [0,4], [2,6], [8,10]: two or more only during [2,4]; the span is 10.
        Assert.Equal(0.2, Overlap.Share([0, 2, 8], [4, 6, 10]), 12);
    }

    [Fact]
    public void Share_OneThread_IsZero() => Assert.Equal(0, Overlap.Share([0], [100]));

    [Fact]
    public void Share_MismatchedLists_Throws() => Assert.Throws<ArgumentException>(() => Overlap.Share([0, 1], [2]));
}
