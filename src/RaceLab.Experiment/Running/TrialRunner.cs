using System.Diagnostics;
using RaceLab.Experiment.Results;
using RaceLab.Experiment.Strategies;

namespace RaceLab.Experiment.Running;

/// <summary>One trial: fresh threads, one strategy, per-thread start and end timestamps.</summary>
public static class TrialRunner
{
    // The strategies' counters are process-wide statics, so two trials must never run at the same time.
    private static readonly Lock _exclusive = new();

    /// <summary>Runs one trial and measures it.</summary>
    /// <param name="kind">The strategy every thread runs.</param>
    /// <param name="threads">Threads (1..1024).</param>
    /// <param name="iterations">Increments per thread.</param>
    /// <param name="startGate">Release the threads together (true) or start them one after another (false).</param>
    public static TrialResult Run(StrategyKind kind, int threads, long iterations, bool startGate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threads, ExperimentOptions.MaxThreads);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var expected = checked(threads * iterations);
        return Run(kind, threads, iterations, startGate, wide: expected > int.MaxValue);
    }

    /// <summary>Runs one trial with the 32-bit or the 64-bit loops; tests force the 64-bit ones on small totals.</summary>
    internal static TrialResult Run(StrategyKind kind, int threads, long iterations, bool startGate, bool wide)
    {
        var expected = checked(threads * iterations);
        lock (_exclusive)
        {
            StrategyLoops.Reset(kind, threads);
            var starts = new long[threads];
            var ends = new long[threads];
            var gate = startGate ? new StartGate(threads) : null;
            var workers = new Thread[threads];
            for (var i = 0; i < threads; i++)
            {
                var slot = i;
                workers[i] = new Thread(() =>
                {
                    gate?.SignalAndWait();
                    starts[slot] = Stopwatch.GetTimestamp();
                    StrategyLoops.Run(kind, wide, iterations, slot);
                    ends[slot] = Stopwatch.GetTimestamp();
                })
                {
                    IsBackground = true,
                    Name = $"racelab worker {slot}",
                };
            }

            // Without the gate each thread starts running its loop the moment it is started, as the note's
            // Python program did with `for t in threads: t.start()`.
            foreach (var worker in workers)
            {
                worker.Start();
            }

            gate?.OpenWhenAllReady();
            foreach (var worker in workers)
            {
                worker.Join();
            }

            var final = StrategyLoops.Read(kind, wide);
            return TrialResult.FromTimestamps(expected, final, starts, ends, Stopwatch.Frequency);
        }
    }
}
