namespace RaceLab.IlView.Analysis;

/// <summary>How a loop updates the shared counter, as read from its code.</summary>
public enum Verdict
{
    /// <summary>Plain load, add, store of a shared field with nothing in between to stop another thread.</summary>
    UnprotectedWindow,

    /// <summary>Volatile read, add, volatile write: still two separate steps.</summary>
    VolatileWindow,

    /// <summary>The load-add-store runs while holding a lock.</summary>
    LockedWindow,

    /// <summary>One atomic read-modify-write per increment.</summary>
    AtomicInLoop,

    /// <summary>The loop touches only a local; shared state is updated once, atomically, after it.</summary>
    LocalThenAtomic,

    /// <summary>The loop updates memory through a ref to this thread's own cell.</summary>
    OwnCell,

    /// <summary>None of the above was recognised.</summary>
    Unknown,
}
