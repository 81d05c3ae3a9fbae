using RaceLab.Explorer.Sampling;

namespace RaceLab.Explorer.Tests.Sampling;

/// <summary>
/// A random walk's decisions are taken in the dispatch loop from a tape of choices drawn in advance, except
/// when a schedule is recorded (witnesses, shrinking), where the explorer takes each itself. Both must give
/// the same schedule for a seed: a witness is the recorded re-run of the schedule that found the outcome.
/// The programs start threads from threads, block on locks, queues and joins, and end threads mid-run,
/// which is where the loop must hand the decision back.
/// </summary>
public sealed class ChoiceTapeTests
{
    private const string Spawning = """
        import threading
        count = 0
        lock = threading.Lock()
        def leaf():
            global count
            for _ in range(30):
                count += 1
        def branch():
            t = threading.Thread(target=leaf)
            t.start()
            with lock:
                for _ in range(20):
                    count += 1
            t.join()
        ts = [threading.Thread(target=branch) for _ in range(3)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        print(count)
        """;

    public static TheoryData<string, string> Programs() => new()
    {
        { SampledPrograms.Counter(4, 300), "3.9" },
        { SampledPrograms.Counter(4, 300), "3.12" },
        { Spawning, "3.9" },
        { Spawning, "3.11" },
        { LibraryScheduleReplayTests.Workers, "3.9" },
        { LibraryScheduleReplayTests.Workers, "3.13" },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void The_loop_takes_the_decisions_the_explorer_would(string program, string python)
    {
        var machine = SampledPrograms.Machine(program, python);
        var runner = new ScheduleRunner(machine);
        var preempted = 0;
        for (ulong seed = 1; seed <= 12; seed++)
        {
            var fromTape = runner.Run(new RandomWalkStrategy(seed), false, long.MaxValue, long.MaxValue, CancellationToken.None)!;
            var stepByStep = runner.Run(new RandomWalkStrategy(seed), true, long.MaxValue, long.MaxValue, CancellationToken.None)!;

            Assert.Equal(stepByStep.Outcome, fromTape.Outcome);
            Assert.Equal(stepByStep.Preemptions, fromTape.Preemptions);
            Assert.Equal(stepByStep.Instructions, fromTape.Instructions);
            preempted = Math.Max(preempted, fromTape.Preemptions);
        }

        // The walk switches threads over and over: the comparison is not of serial runs.
        Assert.True(preempted > 20, $"{preempted} preemptions");
    }

    [Fact]
    public void The_instruction_limits_stop_the_loop_where_the_explorer_would_stop()
    {
        var machine = SampledPrograms.Machine(SampledPrograms.Counter(3, 200), "3.9");
        var runner = new ScheduleRunner(machine);
        foreach (var (fairAfter, max) in new[] { (700L, long.MaxValue), (1_500L, 2_000L), (long.MaxValue, 1_234L) })
        {
            var fromTape = runner.Run(new RandomWalkStrategy(7), false, fairAfter, max, CancellationToken.None)!;
            var stepByStep = runner.Run(new RandomWalkStrategy(7), true, fairAfter, max, CancellationToken.None)!;

            Assert.Equal(stepByStep.Outcome, fromTape.Outcome);
            Assert.Equal(stepByStep.Preemptions, fromTape.Preemptions);
            Assert.Equal(stepByStep.Instructions, fromTape.Instructions);
        }
    }
}
