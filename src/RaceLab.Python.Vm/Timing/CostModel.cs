using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Timing;

/// <summary>
/// Simulated cost of each instruction (picoseconds) for one CPython build, calibrated so that the
/// single-thread loops of cpython-measurements.md §F come out within ±25% (see CostTables), plus the
/// costs of things that are not instructions: frames, built-ins, thread start-up, OS wake-ups.
/// </summary>
internal sealed class CostModel
{
    private readonly Dictionary<string, double> _opNs;
    private readonly double _defaultNs;

    private CostModel(CostTable table, PythonVersion version)
    {
        _opNs = table.Ops;
        _defaultNs = table.DefaultNs;
        PythonCallExtra = Ps(table.FrameNs);
        LockNs = table.LockNs;
        _importNs = ImportCosts.For(version);
    }

    private readonly IReadOnlyDictionary<string, double> _importNs;

    /// <summary>
    /// Importing a library module the first time, beyond running RaceLab's own (smaller) module body: what the
    /// real import costs in reading, unmarshalling and running CPython's module and its dependencies.
    /// </summary>
    public long ModuleImport(string module) => Ps(_importNs.TryGetValue(module, out var ns) ? ns : 0);

    /// <summary>Pushing and popping a Python frame, on top of the call instruction itself.</summary>
    public long PythonCallExtra { get; }

    private double LockNs { get; }

    /// <summary>Creating an OS thread in Thread.start() before the new thread can run (pthread_create).</summary>
    public long ThreadCreate { get; } = Ps(60_000);

    /// <summary>The new thread's bootstrap (threading.py's _bootstrap_inner) before it sets its started event.</summary>
    public long ThreadBootstrap { get; } = Ps(25_000);

    /// <summary>A finishing thread's teardown before its final GIL release.</summary>
    public long ThreadExit { get; } = Ps(15_000);

    /// <summary>A blocked thread woken by the OS (futex wake to running).</summary>
    public long WakeLatency { get; } = Ps(6_000);

    /// <summary>
    /// sem_post on a lock with a sleeping waiter: the FUTEX_WAKE system call that wakes it, paid on the
    /// releaser's clock (try_to_wake_up plus the reschedule IPI to the other vCPU, a VM exit on a KVM guest;
    /// typically 1–2 µs there). With many sleepers (10 threads on a contended lock) nearly every release pays it.
    /// </summary>
    public long FutexWakeSleeper { get; } = Ps(1_500);

    /// <summary>
    /// sem_post with waiters registered but none left asleep (the woken one has not retried yet): glibc still
    /// enters the kernel with a FUTEX_WAKE that finds nobody. Measured with `/usr/bin/time` on real 3.9
    /// (with_lock_4x250k: 0.15 s of system time for 1M releases and only 387 context switches in all, so
    /// nearly all of those system calls woke nobody); 3.10, whose with block is never pre-empted, spends 0.00 s.
    /// </summary>
    public long FutexWakeEmpty { get; } = Ps(150);

    /// <summary>
    /// A lock waiter woken by sem_post until it retries the semaphore. It slept in futex_wait long enough for
    /// its vCPU to go idle, so the wake-up crosses the hypervisor and the scheduler (10–20 µs on a 2-vCPU KVM
    /// guest, against a few µs for <see cref="WakeLatency"/>'s short waits). It sets how often a woken waiter
    /// catches the lock free, i.e. how fast a lock convoy ping-pongs.
    /// </summary>
    public long LockWakeLatency { get; } = Ps(20_000);

    /// <summary>Free-threaded: moving a cache line another core wrote (a contended global) to this core.</summary>
    public long CacheLineTransfer { get; } = Ps(70);

    /// <summary>Linux timer slack: how late a timed wait may wake up.</summary>
    public long TimerSlack { get; } = Ps(50_000);

    /// <summary>A GIL waiter woken by the condition signal until it runs bytecode.</summary>
    public long GilHandoff { get; } = Ps(4_000);

    /// <summary>Interpreter start-up and shutdown around the program (import site, threading).</summary>
    public long ProcessOverhead { get; } = Ps(18_000_000);

    public static CostModel For(PythonVersion version, bool freeThreaded) => new(CostTables.For(version, freeThreaded), version);

    public int CostOf(string opname, Op op, int arg)
    {
        _ = op;
        _ = arg;
        return (int)Ps(_opNs.TryGetValue(opname, out var ns) ? ns : _defaultNs);
    }

    public long NativeExtra(BuiltinId id) => Ps(id switch
    {
        BuiltinId.Print => 1_500,
        BuiltinId.Len or BuiltinId.IsInstance or BuiltinId.ListAppend => 2,
        BuiltinId.Abs => 4,
        BuiltinId.Range => 40,
        BuiltinId.Thread => 8_000,
        BuiltinId.Lock => 100,
        BuiltinId.LockEnter or BuiltinId.LockExit or BuiltinId.LockAcquire or BuiltinId.LockRelease => LockNs,
        BuiltinId.ThreadJoin => 3_000,
        _ => 20,
    });

    private static long Ps(double ns) => (long)Math.Round(ns * 1000);
}
