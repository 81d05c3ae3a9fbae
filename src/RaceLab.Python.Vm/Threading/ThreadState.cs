namespace RaceLab.Python.Vm.Threading;

/// <summary>Where a simulated thread is in its life and relative to the GIL.</summary>
internal enum ThreadState
{
    /// <summary>Holds the GIL (or, free-threaded, is on a core) and runs bytecode.</summary>
    Running,

    /// <summary>In take_gil (or, free-threaded, runnable but not on a core).</summary>
    WaitingGil,

    /// <summary>Blocked outside the interpreter: lock acquire, join, waiting for a started thread.</summary>
    Blocked,

    /// <summary>Woken by the OS; becomes a GIL waiter at its event time.</summary>
    Waking,

    Finished,
}
