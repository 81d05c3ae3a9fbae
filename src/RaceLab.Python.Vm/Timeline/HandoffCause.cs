namespace RaceLab.Python.Vm.Timeline;

/// <summary>Why the GIL changed hands.</summary>
public enum HandoffCause
{
    /// <summary>A waiter's timed wait of one switch interval expired: drop request, forced switch.</summary>
    SwitchInterval,

    /// <summary>The holder blocked (lock, join, sleep, ...) and released the GIL voluntarily.</summary>
    Blocking,

    /// <summary>The holder started a thread and waits until it runs (CPython's start-up hand-off).</summary>
    ThreadStart,

    /// <summary>The holder's thread ended.</summary>
    ThreadExit,

    /// <summary>Free-threaded: the OS took the core away at the end of a time slice.</summary>
    TimeSlice,
}
