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
        CallFromNative = Ps(table.CallFromNativeNs);
        LockNs = table.LockNs;
        LockMethodNs = table.LockMethodNs;
        LockDunderNs = table.LockDunderNs;
        NativeCallNs = table.NativeCallNs;
        DictItemExtra = Ps(table.DictItemNs);
        NewInstance = Ps(table.NewInstanceNs);
        _importNs = ImportCosts.For(version);
        ProcessOverhead = Ps(version switch
        {
            PythonVersion.Py39 => 17_400_000,
            PythonVersion.Py310 => 13_900_000,
            PythonVersion.Py311 => 12_500_000,
            PythonVersion.Py312 => 11_300_000,
            _ => 9_900_000,
        });
    }

    private readonly IReadOnlyDictionary<string, double> _importNs;

    /// <summary>
    /// Importing a library module the first time, beyond running RaceLab's own (smaller) module body: what the
    /// real import costs in reading, unmarshalling and running CPython's module and its dependencies.
    /// </summary>
    public long ModuleImport(string module) => Ps(_importNs.TryGetValue(module, out var ns) ? ns : 0);

    /// <summary>Pushing and popping a Python frame, on top of the call instruction itself.</summary>
    public long PythonCallExtra { get; }

    /// <summary>
    /// A Python function called by C code rather than by a call instruction (a with block's __enter__, a property
    /// getter, __init__ from type.__call__), on top of <see cref="PythonCallExtra"/>.
    /// </summary>
    public long CallFromNative { get; }

    /// <summary>
    /// BINARY_SUBSCR or STORE_SUBSCR on a dict, beyond the instruction's cost (which a list index pays alone): from
    /// 3.11 the list forms specialize to an index into the array while a dict still hashes and probes.
    /// </summary>
    public long DictItemExtra { get; }

    /// <summary>
    /// A with block on a C lock, at its entry, beyond the with instruction: both special-method lookups and the
    /// bound __exit__, fitted with the lock's own work to §F (d); its __enter__ and __exit__ themselves then
    /// cost what they cost called as methods (a Condition's __enter__ calls its lock's).
    /// </summary>
    public long LockWithBlock => Ps((2 * LockNs) - LockDunderNs);

    /// <summary>Making an instance of a Python class (object_new: a GC-tracked object, later its __dict__).</summary>
    public long NewInstance { get; }

    private double LockNs { get; }

    private double LockMethodNs { get; }

    private double LockDunderNs { get; }

    private double NativeCallNs { get; }

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

    /// <summary>
    /// Interpreter start-up and shutdown around the program (import site, threading), relative to the note's
    /// loop: `import threading` alone against seed_inline.py in CPU time, round-robin in one run
    /// (tools/corpus-time-ratios.py, 2026-12-07, load 23-33; bench/README.md). 3.11 is not measurable here (this
    /// machine's site-packages has a .pth that imports certifi and pathlib at start-up, 4x the others' start-up),
    /// so it gets its neighbours' figure.
    /// </summary>
    public long ProcessOverhead { get; }

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
        BuiltinId.LockEnter or BuiltinId.LockExit => LockDunderNs,
        BuiltinId.LockAcquire or BuiltinId.LockRelease => LockMethodNs,
        BuiltinId.ThreadJoin => 3_000,
        _ => NativeCallNs,
    });

    private static long Ps(double ns) => (long)Math.Round(ns * 1000);
}
