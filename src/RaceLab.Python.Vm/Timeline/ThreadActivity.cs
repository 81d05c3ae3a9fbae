namespace RaceLab.Python.Vm.Timeline;

/// <summary>What a thread is doing during one stretch of a timeline.</summary>
public enum ThreadActivity
{
    /// <summary>Holds the GIL (free-threaded: is on a core) and runs bytecode.</summary>
    Running,

    /// <summary>Wants to run: waiting for the GIL (free-threaded: for a core), or just created.</summary>
    Waiting,

    /// <summary>Blocked outside the interpreter: a lock, a join, start() waiting for the new thread.</summary>
    Blocked,
}
