using BenchmarkDotNet.Attributes;
using RaceLab.Experiment.Running;
using RaceLab.Experiment.Strategies;

namespace RaceLab.Benchmarks;

/// <summary>
/// One full trial of each strategy, as <c>racelab run</c> does it (fresh threads, start gate), splitting the same
/// total of increments over 1, 2 or 10 threads. Reported per increment; the ratio is against interlocked.
/// </summary>
[MemoryDiagnoser(displayGenColumns: false)]
public class StrategyThreadBenchmarks
{
    // Large enough that creating and joining 10 threads (tens of µs each) stays a small share of a trial.
    private const int TotalIncrements = 100_000_000;

    [Params(1, 2, 10)]
    public int Threads { get; set; }

    private long Iterations => TotalIncrements / Threads;

    [Benchmark(OperationsPerInvoke = TotalIncrements)]
    public long Unsafe() => Trial(StrategyKind.Unsafe);

    [Benchmark(OperationsPerInvoke = TotalIncrements)]
    public long Volatile() => Trial(StrategyKind.Volatile);

    [Benchmark(OperationsPerInvoke = TotalIncrements, Baseline = true)]
    public long Interlocked() => Trial(StrategyKind.Interlocked);

    [Benchmark(OperationsPerInvoke = TotalIncrements)]
    public long Lock() => Trial(StrategyKind.Lock);

    [Benchmark(OperationsPerInvoke = TotalIncrements)]
    public long LockType() => Trial(StrategyKind.LockType);

    [Benchmark(OperationsPerInvoke = TotalIncrements)]
    public long SpinLock() => Trial(StrategyKind.SpinLock);

    [Benchmark(OperationsPerInvoke = TotalIncrements)]
    public long LocalSum() => Trial(StrategyKind.LocalSum);

    [Benchmark(OperationsPerInvoke = TotalIncrements)]
    public long Striped() => Trial(StrategyKind.Striped);

    private long Trial(StrategyKind kind) => TrialRunner.Run(kind, Threads, Iterations, startGate: true).Final;
}
