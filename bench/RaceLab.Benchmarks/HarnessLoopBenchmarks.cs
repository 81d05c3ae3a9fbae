using BenchmarkDotNet.Attributes;
using RaceLab.Experiment.Strategies;

namespace RaceLab.Benchmarks;

/// <summary>
/// The harness's hot loop (dispatch once, then the strategy's own loop) against the same loop written by hand,
/// on one thread so that only the loop's machine code is compared. Target: Harness/HandWritten within 5%.
/// </summary>
public class HarnessLoopBenchmarks
{
    private const int Iterations = 1_000_000;

    [Params(
        StrategyKind.Unsafe,
        StrategyKind.Volatile,
        StrategyKind.Interlocked,
        StrategyKind.Lock,
        StrategyKind.LockType,
        StrategyKind.SpinLock,
        StrategyKind.LocalSum,
        StrategyKind.Striped)]
    public StrategyKind Strategy { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        StrategyLoops.Reset(Strategy, threads: 1);
        HandWrittenLoops.Reset();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Iterations)]
    public void HandWritten()
    {
        switch (Strategy)
        {
            case StrategyKind.Unsafe: HandWrittenLoops.Unsafe(Iterations); break;
            case StrategyKind.Volatile: HandWrittenLoops.Volatile(Iterations); break;
            case StrategyKind.Interlocked: HandWrittenLoops.Interlocked(Iterations); break;
            case StrategyKind.Lock: HandWrittenLoops.Lock(Iterations); break;
            case StrategyKind.LockType: HandWrittenLoops.LockType(Iterations); break;
            case StrategyKind.SpinLock: HandWrittenLoops.SpinLock(Iterations); break;
            case StrategyKind.LocalSum: HandWrittenLoops.LocalSum(Iterations); break;
            case StrategyKind.Striped: HandWrittenLoops.Striped(Iterations); break;
            default: throw new InvalidOperationException($"no hand-written loop for {Strategy}");
        }
    }

    [Benchmark(OperationsPerInvoke = Iterations)]
    public void Harness() => StrategyLoops.Run(Strategy, wide: false, Iterations, slot: 0);
}
