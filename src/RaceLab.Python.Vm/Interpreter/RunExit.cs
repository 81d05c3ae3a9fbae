namespace RaceLab.Python.Vm.Interpreter;

/// <summary>Why the dispatch loop handed control back to the scheduler.</summary>
internal enum RunExit
{
    /// <summary>At a check point with the drop request set: the thread gives up the GIL.</summary>
    Yield,

    /// <summary>The thread blocked (lock, join, start) and released the GIL voluntarily.</summary>
    Blocked,

    /// <summary>The thread's outermost frame returned or raised.</summary>
    Finished,

    /// <summary>The instruction budget (--max-instructions) ran out.</summary>
    BudgetExhausted,

    /// <summary>Free-threaded: another thread's clock is behind; interleave.</summary>
    Preempted,
}
