using System.Numerics;
using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Models;

namespace RaceLab.Explorer.Tests.Models;

public sealed class CounterMachineExplorationTests
{
    [Theory]
    [InlineData(2, 2)]
    [InlineData(2, 3)]
    [InlineData(2, 5)]
    [InlineData(3, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 2)]
    public void Explore_LoadStoreIncrements_ReachesExactlyTwoToNTimesK(int threads, int increments)
    {
        var result = Explore(threads, increments);

        Assert.True(result.Complete);
        Assert.Equal(Enumerable.Range(2, (threads * increments) - 1), Values(result));
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    public void Explore_OneIncrementEach_ReachesOneToN(int threads, int increments)
    {
        Assert.Equal(Enumerable.Range(1, threads), Values(Explore(threads, increments)));
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(2, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(5, 2)]
    public void Explore_LoadStoreIncrements_CountsMultinomialInterleavings(int threads, int increments)
    {
        var result = Explore(threads, increments);

        Assert.Equal(Multinomial(threads, 2 * increments), result.TotalInterleavings);
    }

    [Fact]
    public void Explore_TwoThreadsFiveIncrements_Counts184756Interleavings()
    {
        Assert.Equal(new BigInteger(184_756), Explore(2, 5).TotalInterleavings);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(8)]
    public void Explore_TwoThreads_ExactlyEightInterleavingsEndAtTwo(int increments)
    {
        var two = Explore(2, increments).Outcomes.Single(o => Value(o) == 2);

        Assert.Equal(new BigInteger(8), two.Interleavings);
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(2, 5)]
    [InlineData(2, 10)]
    public void Explore_TwoThreadsReachingTwo_NeedsFourPreemptions(int threads, int increments)
    {
        var two = Explore(threads, increments).Outcomes.Single(o => Value(o) == 2);

        Assert.Equal(4, two.MinPreemptions);
        Assert.Equal(4, two.Witness!.Preemptions);
        Assert.True(two.Anomaly);
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(3, 3)]
    public void Explore_OnlySerialOutcomeIsNTimesK_EveryOtherIsAnAnomaly(int threads, int increments)
    {
        var result = Explore(threads, increments);

        Assert.True(result.SerialOutcomesKnown);
        var serial = Assert.Single(result.Outcomes, o => o.Serial);
        Assert.Equal(threads * increments, Value(serial));
        Assert.False(serial.Anomaly);
        Assert.All(result.Outcomes.Where(o => o != serial), o => Assert.True(o.Anomaly));
        Assert.True(result.AnomalyReachable);
    }

    [Theory]
    [InlineData(2, 3, true, true)]
    [InlineData(3, 2, false, true)]
    [InlineData(3, 1, true, false)]
    [InlineData(2, 2, false, false)]
    public void Explore_WithOrWithoutReductions_MatchesBruteForceEnumeration(int threads, int increments, bool symmetry, bool reduce)
    {
        var machine = new CounterMachine(threads, increments);
        var result = new StateSpaceExplorer<CounterState>(machine, new ExplorationOptions { Symmetry = symmetry, ReduceLocalSteps = reduce }).Explore();

        var expected = BruteForce.Enumerate(machine, reduce);
        Assert.Equal(expected.Keys.Order(), Values(result));
        foreach (var outcome in result.Outcomes)
        {
            Assert.Equal(expected[Value(outcome)].Count, outcome.Interleavings);
            Assert.Equal(expected[Value(outcome)].MinPreemptions, outcome.MinPreemptions);
        }
    }

    [Fact]
    public void Explore_WithoutLocalStepReduction_CountsTheAddStepsToo()
    {
        var result = new StateSpaceExplorer<CounterState>(new CounterMachine(2, 2), new ExplorationOptions { ReduceLocalSteps = false }).Explore();

        Assert.Equal(Multinomial(2, 6), result.TotalInterleavings);
        Assert.Equal([2, 3, 4], Values(result));
    }

    [Fact]
    public void Explore_SymmetryReduction_VisitsFewerStatesWithTheSameCounts()
    {
        var machine = new CounterMachine(3, 3);
        var plain = new StateSpaceExplorer<CounterState>(machine, new ExplorationOptions { Symmetry = false }).Explore();
        var reduced = new StateSpaceExplorer<CounterState>(machine).Explore();

        Assert.True(reduced.States * 3 < plain.States);
        Assert.Equal(plain.Outcomes.Select(o => (o.Outcome.Signature, o.Interleavings, o.MinPreemptions)), reduced.Outcomes.Select(o => (o.Outcome.Signature, o.Interleavings, o.MinPreemptions)));
    }

    [Fact]
    public void Explore_SameMachineTwice_GivesIdenticalResults()
    {
        var first = Explore(3, 2);
        var second = Explore(3, 2);

        Assert.Equal(first.States, second.States);
        Assert.Equal(
            first.Outcomes.Select(o => (o.Outcome.Signature, o.Interleavings, string.Join(",", o.Witness!.Schedule))),
            second.Outcomes.Select(o => (o.Outcome.Signature, o.Interleavings, string.Join(",", o.Witness!.Schedule))));
    }

    [Fact]
    public void Explore_MaxStatesBelowTheSpace_ReportsPartialResult()
    {
        var result = new StateSpaceExplorer<CounterState>(new CounterMachine(3, 3), new ExplorationOptions { MaxStates = 100 }).Explore();

        Assert.False(result.Complete);
        Assert.True(result.States <= 200);
    }

    [Fact]
    public void Explore_LongSearch_ReportsProgress()
    {
        var reports = new List<ExplorationProgress>();

        new StateSpaceExplorer<CounterState>(new CounterMachine(3, 3), new ExplorationOptions { ProgressInterval = 100 }).Explore(reports.Add);

        Assert.Contains(reports, r => r.Phase == "states" && r.States >= 100);
        Assert.Equal(Explore(3, 3).States, reports.Last(r => r.Phase == "states").States);
    }

    internal static ExplorationResult Explore(int threads, int increments) =>
        new StateSpaceExplorer<CounterState>(new CounterMachine(threads, increments)).Explore();

    internal static int Value(OutcomeReport report) => int.Parse(report.Outcome.Globals.Single(g => g.Key == "count").Value, System.Globalization.CultureInfo.InvariantCulture);

    private static List<int> Values(ExplorationResult result) => [.. result.Outcomes.Select(Value).Order()];

    private static BigInteger Multinomial(int groups, int size)
    {
        BigInteger Factorial(int n) => Enumerable.Range(1, n).Aggregate(BigInteger.One, (p, i) => p * i);
        return Factorial(groups * size) / BigInteger.Pow(Factorial(size), groups);
    }
}
