namespace RaceLab.Explorer.Machines;

/// <summary>How a run ended.</summary>
public enum OutcomeKind
{
    /// <summary>Every thread finished and no assertion failed.</summary>
    Completed,

    /// <summary>An assert statement failed.</summary>
    AssertionFailed,

    /// <summary>A thread ended with another uncaught exception.</summary>
    Uncaught,

    /// <summary>Threads are left that can never run again.</summary>
    Deadlock,
}

/// <summary>What went wrong in a run: the thread and exception, or every blocked thread's wait.</summary>
/// <param name="Kind">Uncaught or Deadlock.</param>
/// <param name="Thread">The thread that raised (uncaught).</param>
/// <param name="Exception">"IndexError: pop from empty list" (uncaught).</param>
/// <param name="Blocked">Each blocked thread, what it waits for and who holds it (deadlock).</param>
public sealed record OutcomeFailure(OutcomeKind Kind, string? Thread, string? Exception, IReadOnlyList<BlockedWait> Blocked);

/// <summary>One thread of a deadlock: what it waits for ("lock b", "thread T1 to end") and who holds that lock.</summary>
public sealed record BlockedWait(string Thread, string WaitsFor, string? HeldBy);
