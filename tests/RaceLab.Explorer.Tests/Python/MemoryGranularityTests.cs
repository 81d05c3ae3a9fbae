using System.Numerics;
using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Python;
using RaceLab.Explorer.Replay;

namespace RaceLab.Explorer.Tests.Python;

/// <summary>
/// The memory-granularity facts, through the VM on a real program (2 threads × 5 load-then-store
/// increments, started and joined by the main thread): the main thread's set-up, start() and join() are
/// invisible steps, so the interleavings counted are exactly the workers' (2NK)! / ((2K)!)^N.
/// </summary>
public sealed class MemoryGranularityTests
{
    [Theory]
    [InlineData("3.9")]
    [InlineData("3.11")]
    [InlineData("3.13")]
    public void Explore_TwoThreadsFiveIncrements_ReachesEveryValueFrom2To10(string python)
    {
        var result = Explore(python);

        Assert.True(result.Complete);
        Assert.Equal(Enumerable.Range(2, 9), result.Outcomes.Select(Count).Order());
        Assert.Equal(10, Count(Assert.Single(result.Outcomes, o => o.Serial)));
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.12")]
    [InlineData("3.13t")]
    public void Explore_TwoThreadsFiveIncrements_CountsTheWorkersInterleavingsOnly(string python)
    {
        var result = Explore(python);

        // 20! / (10!)^2: the main thread's steps multiply nothing.
        Assert.Equal(new BigInteger(184_756), result.Outcomes.Aggregate(BigInteger.Zero, (sum, o) => sum + o.Interleavings));
    }

    [Fact]
    public void Explore_TwoThreadsFiveIncrements_ReachesTwoByExactlyEightInterleavingsWithFourPreemptions()
    {
        var two = Assert.Single(Explore("3.9").Outcomes, o => Count(o) == 2);

        Assert.Equal(new BigInteger(8), two.Interleavings);
        Assert.Equal(4, two.MinPreemptions);
    }

    [Fact]
    public void Replay_WitnessOfTheLowestValue_ReproducesIt()
    {
        var machine = Machine("3.9");
        var two = Assert.Single(new StateSpaceExplorer<PythonState>(machine).Explore().Outcomes, o => Count(o) == 2);

        var replay = new ScheduleReplayer<PythonState>(machine).Replay(two.Witness!.Schedule);

        Assert.Equal(two.Outcome, replay.Outcome);
        Assert.Equal(4, replay.Witness.Preemptions);
    }

    [Fact]
    public void Witness_MainThreadSetUp_IsNotASchedulingChoice()
    {
        var two = Assert.Single(Explore("3.9").Outcomes, o => Count(o) == 2);

        // One choice per visible step once the workers exist: their 2 × 2 × 5 loads and stores, then main's
        // read of count and its print; creating, starting and joining the threads are no choices.
        var choicesAfterWorkersExist = two.Witness!.Schedule.SkipWhile(thread => thread == 0).ToList();
        Assert.Equal(22, choicesAfterWorkersExist.Count);
        Assert.Equal(20, choicesAfterWorkersExist.Count(thread => thread != 0));
    }

    private static PythonMachine Machine(string python) =>
        new(ProgramCode.Load("load_store_counter", python), new PythonMachineOptions
        {
            FreeThreaded = python.EndsWith('t'),
            Granularity = Granularity.Memory,
        });

    private static ExplorationResult Explore(string python) => new StateSpaceExplorer<PythonState>(Machine(python)).Explore();

    private static int Count(OutcomeReport report) =>
        int.Parse(report.Outcome.Globals.Single(g => g.Key == "count").Value, System.Globalization.CultureInfo.InvariantCulture);
}
