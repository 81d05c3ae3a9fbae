using RaceLab.Explorer.Machines;
using RaceLab.Explorer.Python;

namespace RaceLab.Explorer.Sampling;

/// <summary>
/// Controlled random testing: runs many schedules of a program, each to its end on its own VM, chosen by a
/// strategy (random walk, PCT, POS) seeded per schedule; counts the outcomes and shrinks a witness for each
/// anomaly. Schedule i depends only on the seed and i, and results are gathered in schedule order, so the
/// result is the same on any number of cores. Evidence, not proof: a schedule not sampled may do worse.
/// </summary>
public sealed partial class ScheduleSampler
{
    /// <summary>The fair probe's quantum, and its limit (a program that does not end under it cannot be sampled).</summary>
    private const long ProbeQuantum = 10_000;
    private const long ProbeLimit = 2_000_000_000;
    private const long SerialLimit = 500_000_000;

    /// <summary>Programs up to this many instructions a run are scheduled by PCT one switch point at a time.</summary>
    private const long MaxStepByStepLength = 1_000_000;

    private readonly PythonMachine _machine;
    private readonly SamplingOptions _options;

    /// <summary>A short program's steps that may touch shared state (null for a long one): PCT's k, and the shrinker's search space.</summary>
    private long? _stepByStep;

    public ScheduleSampler(PythonMachine machine, SamplingOptions options)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(options);
        _machine = machine;
        _options = options;
    }

    /// <summary>Samples the schedules (fewer when cancelled: the result then covers the schedules finished in order).</summary>
    /// <exception cref="SamplingException">The program does not end under a fair schedule.</exception>
    public SamplingResult Sample(Action<SamplingProgress>? progress = null, CancellationToken cancel = default)
    {
        var (probe, serial) = Probe(cancel);
        var length = Math.Max(1, probe.Instructions);
        _stepByStep = length <= MaxStepByStepLength && serial is not null ? VisibleSteps(cancel) : null;
        var pctSteps = _options.Strategy == SamplingStrategy.Pct ? _stepByStep : null;
        var limits = new RunLimits(FairAfter: (length * 4) + 1_000_000, MaxInstructions: (length * 50) + 10_000_000);
        var runs = RunAll(pctSteps ?? length, pctSteps is not null, limits, progress, cancel, out var stoppedAtFirst);
        progress?.Invoke(new SamplingProgress(runs.Count, runs.Select(r => r.Outcome.Signature).Distinct().Count(), runs.Count(r => Fails(r.Outcome))) { Shrinking = true });
        var outcomes = Summarise(runs, serial, pctSteps ?? length, pctSteps is not null, limits);
        return new SamplingResult
        {
            Options = _options,
            SchedulesRun = runs.Count,
            StoppedAtFirstBug = stoppedAtFirst,
            Cancelled = cancel.IsCancellationRequested && runs.Count < _options.Schedules && !stoppedAtFirst,
            EstimatedLength = length,
            PctSteps = pctSteps ?? length,
            PctStepsVisible = pctSteps is not null,
            Threads = Math.Max(probe.Threads, runs.Count == 0 ? 0 : runs.Max(r => r.Threads)),
            Instructions = runs.Sum(r => r.Instructions),
            Outcomes = outcomes,
        };
    }

    /// <summary>
    /// Runs the program once serially (its outcome is a serial one) and, when that does not end (a thread
    /// spinning on a flag another must set), once with threads taking turns: the run's length is PCT's k.
    /// </summary>
    private (ScheduleRun Probe, Outcome? Serial) Probe(CancellationToken cancel)
    {
        var runner = new ScheduleRunner(_machine);
        var serial = runner.Run(new SerialStrategy(), false, long.MaxValue, SerialLimit, cancel) ?? throw new OperationCanceledException(cancel);
        if (!DidNotEnd(serial.Outcome))
        {
            return (serial, serial.Outcome);
        }

        var fair = runner.Run(new RoundRobinStrategy(ProbeQuantum), false, long.MaxValue, ProbeLimit, cancel) ?? throw new OperationCanceledException(cancel);
        return DidNotEnd(fair.Outcome)
            ? throw new SamplingException(
                $"the program did not end within {ProbeLimit:N0} instructions even when its threads take turns fairly: it cannot be sampled (--bound K makes its loops finite)")
            : (fair, null);
    }

    private bool Fails(Outcome outcome) => (outcome.AssertionFailed && _options.AssertionsGrade) || outcome.Error is not null;

    private static bool DidNotEnd(Outcome outcome) => outcome.Error?.StartsWith(ScheduleRunner.DidNotEnd, StringComparison.Ordinal) == true;

    /// <summary>Random walks that, beside the serial run, measure PCT's k for a program scheduled step by step.</summary>
    private const int StepProbes = 8;

    /// <summary>
    /// PCT's k when it schedules step by step: the most steps (that may touch shared state, taken where
    /// another thread could run) of the serial run and of a few random walks. k bounds a run's steps, and a
    /// serial run alone falls short of it wherever a branch taken only under interleaving runs more code
    /// (the hand-offs of bench/bugs): change points never land past k.
    /// </summary>
    private long VisibleSteps(CancellationToken cancel)
    {
        long most = 1;
        for (var probe = -1; probe < StepProbes; probe++)
        {
            var counter = new VisibleStepCounter(probe < 0 ? null : new RandomWalkStrategy(ScheduleSeeds.Of(~_options.Seed, probe)));
            _ = new ScheduleRunner(_machine).Run(counter, false, SerialLimit, SerialLimit, cancel) ?? throw new OperationCanceledException(cancel);
            most = Math.Max(most, counter.VisibleSteps);
        }

        return most;
    }

    /// <summary>When a schedule turns fair, and when it is given up as not ending.</summary>
    private readonly record struct RunLimits(long FairAfter, long MaxInstructions);

    /// <summary>Schedule i's strategy: the same for the same seed and i, wherever it runs.</summary>
    internal ISchedulingStrategy StrategyFor(int schedule, long length, bool visibleSteps = false)
    {
        var seed = ScheduleSeeds.Of(_options.Seed, schedule);
        return _options.Strategy switch
        {
            SamplingStrategy.Random => new RandomWalkStrategy(seed),
            SamplingStrategy.Pos => new PosStrategy(seed),
            _ => new PctStrategy(seed, _options.Depth, length, visibleSteps),
        };
    }

    /// <summary>
    /// Runs the schedules on every worker, each taking the next schedule number; a worker stops taking new
    /// ones past the first failing schedule (with --until first) or when cancelled. The result is the
    /// finished prefix, so which schedules count never depends on timing except for a cancellation.
    /// </summary>
    private List<ScheduleRun> RunAll(long length, bool visibleSteps, RunLimits limits, Action<SamplingProgress>? progress, CancellationToken cancel, out bool stoppedAtFirst)
    {
        // Grown as schedules finish (under the lock): --schedules may ask for far more than a time limit lets run.
        var results = new List<ScheduleRun?>();
        var next = -1;
        var firstFailure = int.MaxValue;
        var done = 0;
        var failures = 0;
        // One Outcome object per distinct outcome: a million schedules keep a million small records, not a
        // million copies of the program's globals and output.
        var seen = new Dictionary<string, Outcome>(StringComparer.Ordinal);
        var gate = new Lock();
        void Work()
        {
            var runner = new ScheduleRunner(_machine);
            while (!cancel.IsCancellationRequested)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= _options.Schedules || i > Volatile.Read(ref firstFailure))
                {
                    return;
                }

                var run = runner.Run(StrategyFor(i, length, visibleSteps), false, limits.FairAfter, limits.MaxInstructions, cancel);
                if (run is null)
                {
                    return;
                }

                var fails = Fails(run.Outcome);
                if (fails && _options.StopAtFirstBug)
                {
                    InterlockedMin(ref firstFailure, i);
                }

                lock (gate)
                {
                    done++;
                    failures += fails ? 1 : 0;
                    while (results.Count <= i)
                    {
                        results.Add(null);
                    }

                    results[i] = run with { Outcome = seen.TryAdd(run.Outcome.Signature, run.Outcome) ? run.Outcome : seen[run.Outcome.Signature] };
                    progress?.Invoke(new SamplingProgress(done, seen.Count, failures));
                }
            }
        }

        var workers = Enumerable.Range(0, Math.Clamp(_options.Workers, 1, Math.Max(1, _options.Schedules)))
            .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        Task.WaitAll(workers, CancellationToken.None);

        stoppedAtFirst = firstFailure != int.MaxValue;
        var end = Math.Min(results.Count, stoppedAtFirst ? firstFailure + 1 : _options.Schedules);
        var finished = new List<ScheduleRun>();
        for (var i = 0; i < end && results[i] is { } run; i++)
        {
            finished.Add(run);
        }

        return finished;
    }

    private static void InterlockedMin(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value < seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
