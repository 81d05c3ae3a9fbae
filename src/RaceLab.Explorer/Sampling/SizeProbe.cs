using RaceLab.Explorer.Python;

namespace RaceLab.Explorer.Sampling;

/// <summary>
/// Measures a program before an exhaustive search: one serial run and, when that does not end (a thread
/// spinning on a flag), one with threads taking turns, each capped. A program whose run alone exceeds the
/// cap, or whose estimated state count is astronomical, cannot be searched exhaustively at this size.
/// </summary>
public static class SizeProbe
{
    private const long Quantum = 10_000;

    /// <summary>The random walk's seed: fixed, so the estimate (and the refusal) is the same at every run.</summary>
    private const ulong WalkSeed = 1;

    public static SizeEstimate Measure(PythonMachine machine, long cap)
    {
        ArgumentNullException.ThrowIfNull(machine);
        var runner = new ScheduleRunner(machine);
        ScheduleRun? run = null;
        foreach (var strategy in new ISchedulingStrategy[] { new SerialStrategy(), new RoundRobinStrategy(Quantum) })
        {
            run = runner.Run(strategy, false, long.MaxValue, cap, CancellationToken.None)!;
            if (!DidNotEnd(run))
            {
                return WithWalk(runner, run, cap);
            }
        }

        return new SizeEstimate(false, run!.Instructions, run.Threads, run.Log10States);
    }

    /// <summary>
    /// A serial run can hide most of the work: a pool's first worker, running alone, takes every task, and
    /// the other workers' single wait makes the search look small (a 4-worker pool over 600 updates was
    /// estimated at 10^9 states, and searched for minutes). A random walk spreads the work as the search
    /// will; the larger estimate counts.
    /// </summary>
    private static SizeEstimate WithWalk(ScheduleRunner runner, ScheduleRun serial, long cap)
    {
        var walk = runner.Run(new RandomWalkStrategy(WalkSeed), false, long.MaxValue, cap, CancellationToken.None)!;
        var larger = !DidNotEnd(walk) && walk.Log10States > serial.Log10States ? walk : serial;
        return new SizeEstimate(true, larger.Instructions, larger.Threads, larger.Log10States);
    }

    private static bool DidNotEnd(ScheduleRun run) =>
        run.Outcome.Error?.StartsWith(ScheduleRunner.DidNotEnd, StringComparison.Ordinal) == true;
}
