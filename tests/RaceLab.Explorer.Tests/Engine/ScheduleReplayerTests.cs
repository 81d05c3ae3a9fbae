using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Models;
using RaceLab.Explorer.Replay;
using RaceLab.Explorer.Tests.Models;

namespace RaceLab.Explorer.Tests.Engine;

public sealed class ScheduleReplayerTests
{
    [Theory]
    [InlineData(2, 3)]
    [InlineData(3, 2)]
    public void Replay_EveryWitness_ReproducesItsOutcomeExactly(int threads, int increments)
    {
        var machine = new CounterMachine(threads, increments);
        var result = new StateSpaceExplorer<CounterState>(machine).Explore();

        foreach (var outcome in result.Outcomes)
        {
            var replay = new ScheduleReplayer<CounterState>(machine).Replay(outcome.Witness!.Schedule);
            Assert.Equal(outcome.Outcome, replay.Outcome);
            Assert.Equal(outcome.MinPreemptions, replay.Witness.Preemptions);
            Assert.Equal(outcome.Witness.Events, replay.Witness.Events);
        }
    }

    [Fact]
    public void Replay_WitnessForTwo_ShowsTheLostUpdatesStepByStep()
    {
        var two = CounterMachineExplorationTests.Explore(2, 3).Outcomes.Single(o => CounterMachineExplorationTests.Value(o) == 2);

        var events = two.Witness!.Events;
        Assert.Equal(2 * 3 * 3, events.Count); // two threads, three increments, LOAD + ADD + STORE each
        Assert.Equal(4, two.Witness.Preemptions);
        Assert.Equal("wrote count = 2", events[^1].Access);
        Assert.Equal("read count = 0", events[0].Access);
    }

    [Fact]
    public void Replay_ThreadThatIsDone_FailsNamingTheStep()
    {
        var machine = new CounterMachine(2, 1);

        var error = Assert.Throws<ScheduleException>(() => new ScheduleReplayer<CounterState>(machine).Replay([0, 0, 0, 1, 1]));

        Assert.Contains("schedule step 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_ScheduleThatStopsEarly_FailsSayingThreadsCanStillRun()
    {
        var error = Assert.Throws<ScheduleException>(() => new ScheduleReplayer<CounterState>(new CounterMachine(2, 1)).Replay([0, 1]));

        Assert.Contains("can still run", error.Message, StringComparison.Ordinal);
    }
}
