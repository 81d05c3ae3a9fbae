namespace RaceLab.Experiment.Strategies;

/// <summary>
/// Picks a strategy's hot loop once per thread: the switch runs once, then the thread stays inside that
/// strategy's own loop, so no delegate or interface call sits between two increments.
/// </summary>
public static class StrategyLoops
{
    /// <summary>Zeroes the strategy's shared state before a trial.</summary>
    public static void Reset(StrategyKind kind, int threads)
    {
        switch (kind)
        {
            case StrategyKind.Unsafe:
                UnsafeStrategy.Count = 0;
                UnsafeStrategy.Count64 = 0;
                break;
            case StrategyKind.Volatile:
                VolatileStrategy.Count = 0;
                VolatileStrategy.Count64 = 0;
                break;
            case StrategyKind.Interlocked:
                InterlockedStrategy.Count = 0;
                InterlockedStrategy.Count64 = 0;
                break;
            case StrategyKind.Lock:
                LockStrategy.Count = 0;
                LockStrategy.Count64 = 0;
                break;
            case StrategyKind.LockType:
                LockTypeStrategy.Count = 0;
                LockTypeStrategy.Count64 = 0;
                break;
            case StrategyKind.SpinLock:
                SpinLockStrategy.Count = 0;
                SpinLockStrategy.Count64 = 0;
                break;
            case StrategyKind.LocalSum:
                LocalSumStrategy.Count = 0;
                LocalSumStrategy.Count64 = 0;
                break;
            case StrategyKind.Striped:
                StripedStrategy.Reset(threads);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown strategy");
        }
    }

    /// <summary>Runs thread <paramref name="slot"/>'s share of the increments.</summary>
    /// <param name="kind">The strategy.</param>
    /// <param name="wide">True for the 64-bit counter (threads × iterations does not fit an int).</param>
    /// <param name="iterations">Increments this thread performs.</param>
    /// <param name="slot">The thread's index, used by <see cref="StrategyKind.Striped"/>.</param>
    public static void Run(StrategyKind kind, bool wide, long iterations, int slot)
    {
        if (wide)
        {
            Run64(kind, iterations, slot);
        }
        else
        {
            Run32(kind, checked((int)iterations), slot);
        }
    }

    /// <summary>The counter's value once every thread has been joined.</summary>
    public static long Read(StrategyKind kind, bool wide) => kind switch
    {
        StrategyKind.Unsafe => wide ? UnsafeStrategy.Count64 : UnsafeStrategy.Count,
        StrategyKind.Volatile => wide ? VolatileStrategy.Count64 : VolatileStrategy.Count,
        StrategyKind.Interlocked => wide ? InterlockedStrategy.Count64 : InterlockedStrategy.Count,
        StrategyKind.Lock => wide ? LockStrategy.Count64 : LockStrategy.Count,
        StrategyKind.LockType => wide ? LockTypeStrategy.Count64 : LockTypeStrategy.Count,
        StrategyKind.SpinLock => wide ? SpinLockStrategy.Count64 : SpinLockStrategy.Count,
        StrategyKind.LocalSum => wide ? LocalSumStrategy.Count64 : LocalSumStrategy.Count,
        StrategyKind.Striped => StripedStrategy.Sum(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown strategy"),
    };

    private static void Run32(StrategyKind kind, int iterations, int slot)
    {
        switch (kind)
        {
            case StrategyKind.Unsafe: UnsafeStrategy.Increment32(iterations); break;
            case StrategyKind.Volatile: VolatileStrategy.Increment32(iterations); break;
            case StrategyKind.Interlocked: InterlockedStrategy.Increment32(iterations); break;
            case StrategyKind.Lock: LockStrategy.Increment32(iterations); break;
            case StrategyKind.LockType: LockTypeStrategy.Increment32(iterations); break;
            case StrategyKind.SpinLock: SpinLockStrategy.Increment32(iterations); break;
            case StrategyKind.LocalSum: LocalSumStrategy.Increment32(iterations); break;
            case StrategyKind.Striped: StripedStrategy.Increment32(iterations, slot); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown strategy");
        }
    }

    private static void Run64(StrategyKind kind, long iterations, int slot)
    {
        switch (kind)
        {
            case StrategyKind.Unsafe: UnsafeStrategy.Increment64(iterations); break;
            case StrategyKind.Volatile: VolatileStrategy.Increment64(iterations); break;
            case StrategyKind.Interlocked: InterlockedStrategy.Increment64(iterations); break;
            case StrategyKind.Lock: LockStrategy.Increment64(iterations); break;
            case StrategyKind.LockType: LockTypeStrategy.Increment64(iterations); break;
            case StrategyKind.SpinLock: SpinLockStrategy.Increment64(iterations); break;
            case StrategyKind.LocalSum: LocalSumStrategy.Increment64(iterations); break;
            case StrategyKind.Striped: StripedStrategy.Increment64(iterations, slot); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown strategy");
        }
    }
}
