using RaceLab.Explorer.Sampling;

namespace RaceLab.Explorer.Tests.Sampling;

/// <summary>
/// Schedules of programs whose threads block and wake inside the library (a pool's work queue, a queue's
/// Conditions) and whose main thread runs on into threading's exit callbacks (the pool's shutdown) replay
/// segment by segment to the outcome they reached: shrinking and witnesses depend on it.
/// </summary>
public sealed class LibraryScheduleReplayTests
{
    private const string Pool = """
        from concurrent.futures import ThreadPoolExecutor
        stock = {"a": 0}
        def restock(n):
            for _ in range(n):
                cur = stock["a"]
                stock["a"] = cur + 1
            return n
        with ThreadPoolExecutor(max_workers=4) as pool:
            futures = [pool.submit(restock, 6) for _ in range(4)]
            total = sum(f.result() for f in futures)
        print(stock, total)
        """;

    /// <summary>Three daemon workers taking items off a queue.Queue, the main thread waiting in join().</summary>
    internal const string Workers = """
        import queue
        import threading
        jobs = queue.Queue()
        done = 0
        def work():
            global done
            while True:
                item = jobs.get()
                if item is None:
                    break
                n = done
                done = n + item
                jobs.task_done()
        threads = [threading.Thread(target=work, daemon=True) for _ in range(3)]
        for t in threads:
            t.start()
        for i in range(6):
            jobs.put(1)
        jobs.join()
        print(done)
        """;

    [Theory]
    [InlineData("3.9", SamplingStrategy.Pos)]
    [InlineData("3.9", SamplingStrategy.Random)]
    [InlineData("3.9", SamplingStrategy.Pct)]
    [InlineData("3.12", SamplingStrategy.Pos)]
    [InlineData("3.13t", SamplingStrategy.Random)]
    public void PoolSchedules_ReplayToTheirOutcome(string python, SamplingStrategy strategy) =>
        AssertSchedulesReplay(Pool, python, strategy);

    [Theory]
    [InlineData("3.9", SamplingStrategy.Pos)]
    [InlineData("3.11", SamplingStrategy.Random)]
    [InlineData("3.13", SamplingStrategy.Pct)]
    public void QueueWorkerSchedules_ReplayToTheirOutcome(string python, SamplingStrategy strategy) =>
        AssertSchedulesReplay(Workers, python, strategy);

    [Fact]
    public void PoolLostUpdate_GetsAWitnessThatReplays()
    {
        var machine = SampledPrograms.Machine(Pool, "3.9");
        var result = new ScheduleSampler(machine, new SamplingOptions { Strategy = SamplingStrategy.Pos, Schedules = 30, Workers = 1 }).Sample();

        var lost = result.Outcomes.Where(o => o.Outcome.Output.Count > 0 && !o.Outcome.Output[0].StartsWith("{'a': 24}", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lost);
        foreach (var outcome in lost.Where(o => o.Witness is not null))
        {
            var replay = new SegmentReplayer(machine).Replay(outcome.Witness!.Segments);
            Assert.Equal(outcome.Outcome, replay.Outcome);
        }
    }

    private static void AssertSchedulesReplay(string program, string python, SamplingStrategy strategy)
    {
        var machine = SampledPrograms.Machine(program, python);
        var sampler = new ScheduleSampler(machine, new SamplingOptions { Strategy = strategy });
        var runner = new ScheduleRunner(machine);
        for (var schedule = 0; schedule < 12; schedule++)
        {
            var run = runner.Run(sampler.StrategyFor(schedule, 5000), true, long.MaxValue, long.MaxValue, CancellationToken.None)!;

            var replay = new SegmentReplayer(machine).Run(run.Segments!, null, out _);

            Assert.Equal(run.Outcome, replay.Outcome);
            Assert.Null(run.Outcome.Error);
        }
    }
}
