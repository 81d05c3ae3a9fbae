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

    private CostModel(CostTable table)
    {
        _opNs = table.Ops;
        _defaultNs = table.DefaultNs;
        PythonCallExtra = Ps(table.FrameNs);
        LockNs = table.LockNs;
    }

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

    /// <summary>Free-threaded: moving a cache line another core wrote (a contended global) to this core.</summary>
    public long CacheLineTransfer { get; } = Ps(70);

    /// <summary>Linux timer slack: how late a timed wait may wake up.</summary>
    public long TimerSlack { get; } = Ps(50_000);

    /// <summary>A GIL waiter woken by the condition signal until it runs bytecode.</summary>
    public long GilHandoff { get; } = Ps(4_000);

    /// <summary>Interpreter start-up and shutdown around the program (import site, threading).</summary>
    public long ProcessOverhead { get; } = Ps(18_000_000);

    public static CostModel For(PythonVersion version, bool freeThreaded) => new(CostTables.For(version, freeThreaded));

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
