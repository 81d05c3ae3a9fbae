namespace RaceLab.Experiment.Strategies;

/// <summary>The ways every thread can add one to the shared counter.</summary>
public enum StrategyKind
{
    /// <summary>Plain <c>count++</c> on a static field: the note's global, a read-modify-write with no protection.</summary>
    Unsafe,

    /// <summary><c>Volatile.Read</c> then <c>Volatile.Write</c>: ordered, visible, and still not atomic.</summary>
    Volatile,

    /// <summary><c>Interlocked.Increment</c>: one atomic read-modify-write.</summary>
    Interlocked,

    /// <summary><c>lock (obj)</c> around the increment (Monitor).</summary>
    Lock,

    /// <summary><c>lock</c> on a <c>System.Threading.Lock</c>.</summary>
    LockType,

    /// <summary>A <c>System.Threading.SpinLock</c> around the increment.</summary>
    SpinLock,

    /// <summary>Each thread counts in a local and publishes once with <c>Interlocked.Add</c>.</summary>
    LocalSum,

    /// <summary>One cache-line-padded cell per thread, summed at the end (like Java's LongAdder).</summary>
    Striped,
}
