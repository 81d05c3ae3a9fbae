namespace RaceLab.IlView.Analysis;

/// <summary>What an instruction does to state another thread can see.</summary>
public enum Access
{
    /// <summary>Nothing shared: locals, arguments, arithmetic, branches.</summary>
    None,

    /// <summary>A plain load of a shared (static) field.</summary>
    Read,

    /// <summary>A plain store to a shared (static) field.</summary>
    Write,

    /// <summary>Takes the address of a shared field, to pass it by ref.</summary>
    Address,

    /// <summary>A volatile load: ordered and visible, still a separate step.</summary>
    VolatileRead,

    /// <summary>A volatile store.</summary>
    VolatileWrite,

    /// <summary>An atomic read-modify-write (Interlocked, or a lock-prefixed instruction).</summary>
    Atomic,

    /// <summary>A read-modify-write of memory in one instruction that is not atomic across cores (no lock prefix).</summary>
    NonAtomicUpdate,

    /// <summary>A load through a ref (e.g. this thread's striped cell).</summary>
    RefRead,

    /// <summary>A store through a ref.</summary>
    RefWrite,

    /// <summary>Takes a lock (Monitor, System.Threading.Lock, SpinLock).</summary>
    LockAcquire,

    /// <summary>Releases a lock.</summary>
    LockRelease,
}
