using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Machines;
using RaceLab.Explorer.Python;
using RaceLab.Explorer.Replay;

namespace RaceLab.Explorer.Tests.Python;

/// <summary>
/// Exploring programs that use RaceLab's library modules (threading's Condition, time.sleep): deadlocks and
/// missed wake-ups are outcomes with witnesses, a correct bounded buffer is proved free of both.
/// </summary>
public sealed class LibraryExplorationTests
{
    [Theory]
    [InlineData("3.9")]
    [InlineData("3.13t")]
    public void Explore_TwoLocksInOppositeOrders_ReachesADeadlockWithAWitnessOfAtMostTwoPreemptions(string python)
    {
        var machine = PythonExplorationTests.Machine("lock_order_deadlock", python, 2);
        var result = new StateSpaceExplorer<PythonState>(machine).Explore();

        Assert.True(result.Complete);
        var deadlock = Assert.Single(result.Outcomes, o => o.Outcome.Kind == OutcomeKind.Deadlock);
        Assert.True(deadlock.Anomaly);
        Assert.InRange(deadlock.MinPreemptions!.Value, 1, 2);
        // Thread-1 runs one() (3.10+ name it "Thread-1 (one)"), Thread-2 two().
        var one = Assert.Single(deadlock.Outcome.Failure!.Blocked, w => w.Thread.StartsWith("Thread-1", StringComparison.Ordinal));
        var two = Assert.Single(deadlock.Outcome.Failure!.Blocked, w => w.Thread.StartsWith("Thread-2", StringComparison.Ordinal));
        Assert.Equal(("lock b", two.Thread), (one.WaitsFor, one.HeldBy));
        Assert.Equal(("lock a", one.Thread), (two.WaitsFor, two.HeldBy));
        var replay = new ScheduleReplayer<PythonState>(machine).Replay(deadlock.Witness!.Schedule);
        Assert.Equal(deadlock.Outcome, replay.Outcome);
        Assert.Contains(result.Outcomes, o => o.Outcome.Kind == OutcomeKind.Completed && o.Outcome.Output.SequenceEqual(["done"]));
    }

    [Fact]
    public void Explore_TwoLocksInOppositeOrdersOn311_CannotDeadlock()
    {
        // 3.11 has no check point between two uncontended acquisitions at the start of a function: a thread
        // takes both locks before another can run, as real CPython 3.11 does.
        var result = PythonExplorationTests.Explore("lock_order_deadlock", "3.11", 2);

        Assert.True(result.Complete);
        var only = Assert.Single(result.Outcomes);
        Assert.Equal(OutcomeKind.Completed, only.Outcome.Kind);
        Assert.False(result.AnomalyReachable);
    }

    [Theory]
    [InlineData("3.11")]
    [InlineData("3.13t")]
    public void Explore_CorrectBoundedBuffer_HasNoAnomalyAndNoDeadlock(string python)
    {
        var result = PythonExplorationTests.Explore("bounded_buffer", python, 2);

        Assert.True(result.Complete);
        var only = Assert.Single(result.Outcomes);
        Assert.Equal(OutcomeKind.Completed, only.Outcome.Kind);
        Assert.Equal(["[1, 2]"], only.Outcome.Output);
        Assert.False(result.AnomalyReachable);
    }

    [Theory]
    [InlineData("3.11", 1)]
    [InlineData("3.13t", 0)]
    public void Explore_ConsumerWaitingWithIfInsteadOfWhile_ReachesItsIndexErrorAndTheMissedWakeUp(string python, int fewest)
    {
        var machine = PythonExplorationTests.Machine("if_wait_consumer", python, 2);
        var result = new StateSpaceExplorer<PythonState>(machine).Explore();

        Assert.True(result.Complete);
        var indexError = Assert.Single(result.Outcomes, o => o.Outcome.Kind == OutcomeKind.Uncaught);
        Assert.Equal("IndexError: pop from empty list", indexError.Outcome.Failure!.Exception);
        Assert.True(indexError.Anomaly);
        Assert.Equal(fewest, indexError.MinPreemptions);
        var replay = new ScheduleReplayer<PythonState>(machine).Replay(indexError.Witness!.Schedule);
        Assert.Equal(indexError.Outcome, replay.Outcome);

        // The thief can also take the item before the consumer first looks: it then waits for a notify that
        // already came, and the program hangs.
        var missed = Assert.Single(result.Outcomes, o => o.Outcome.Kind == OutcomeKind.Deadlock);
        Assert.Contains(missed.Outcome.Failure!.Blocked, w => w.Thread.StartsWith("Thread-1", StringComparison.Ordinal) && w.WaitsFor.StartsWith("a notify()", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.10")]
    [InlineData("3.11")]
    [InlineData("3.12")]
    [InlineData("3.13")]
    [InlineData("3.13t")]
    public void Explore_ReadSleepWrite_LosesAnUpdateOnEveryVersion(string python)
    {
        // time.sleep releases the GIL between the read and the write: no version's check points matter.
        var result = PythonExplorationTests.Explore("sleep_update", python, 2);

        Assert.True(result.Complete);
        var balances = result.Outcomes.Select(o => o.Outcome.Globals.Single(g => g.Key == "balance").Value).Order(StringComparer.Ordinal);
        Assert.Equal(["10", "20"], balances);
        var lost = result.Outcomes.Single(o => o.Outcome.Globals.Single(g => g.Key == "balance").Value == "10");
        Assert.True(lost.Anomaly);
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.13t")]
    public void Explore_ThreadLocalCounts_NeverLoseAnUpdate(string python)
    {
        // The same read-sleep-write as sleep_update, but on a threading.local: no other thread sees the value.
        var result = PythonExplorationTests.Explore("thread_local_tally", python, 2);

        Assert.True(result.Complete);
        var only = Assert.Single(result.Outcomes);
        Assert.Equal(OutcomeKind.Completed, only.Outcome.Kind);
        Assert.Equal(["4"], only.Outcome.Output);
        Assert.False(result.AnomalyReachable);
    }
}
