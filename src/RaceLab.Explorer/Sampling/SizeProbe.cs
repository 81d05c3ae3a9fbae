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

    public static SizeEstimate Measure(PythonMachine machine, long cap)
    {
        ArgumentNullException.ThrowIfNull(machine);
        var runner = new ScheduleRunner(machine);
        ScheduleRun? run = null;
        foreach (var strategy in new ISchedulingStrategy[] { new SerialStrategy(), new RoundRobinStrategy(Quantum) })
        {
            run = runner.Run(strategy, false, long.MaxValue, cap, CancellationToken.None)!;
            if (run.Outcome.Error?.StartsWith(ScheduleRunner.DidNotEnd, StringComparison.Ordinal) != true)
            {
                return new SizeEstimate(true, run.Instructions, run.Threads, run.Log10States);
            }
        }

        return new SizeEstimate(false, run!.Instructions, run.Threads, run.Log10States);
    }
}
