using RaceLab.Python.Vm.Accounting;
using RaceLab.Python.Vm.Interpreter;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Threading;

/// <summary>A simulated OS thread running Python code: its frames, scheduling state and bookkeeping.</summary>
internal sealed partial class SimThread(int id, string name)
{
    private readonly List<Frame> _pool = [];

    public int Id { get; } = id;

    public string Name { get; } = name;

    public Frame? Top { get; set; }

    public int Depth { get; set; }

    public ThreadState State { get; set; } = ThreadState.WaitingGil;

    /// <summary>Free-threaded: this thread's own clock (ps). With a GIL the scheduler's clock is used.</summary>
    public long Clock { get; set; }

    /// <summary>When this thread's pending event happens (GIL wait timeout, OS wake-up); MaxValue: none.</summary>
    public long EventTime { get; set; } = long.MaxValue;

    /// <summary>take_gil's remembered switch_number for the running timed wait.</summary>
    public long WaitSwitchNumber { get; set; }

    public PyLock? BlockedOnLock { get; set; }

    public SimThread? BlockedOnThread { get; set; }

    /// <summary>Blocked in SimpleQueue.get() on this queue.</summary>
    public PySimpleQueue? BlockedOnQueue { get; set; }

    /// <summary>An exception the thread raises when it next runs (a timed-out SimpleQueue.get raises Empty).</summary>
    public PyException? PendingRaise { get; set; }

    /// <summary>A timed blocking acquire's deadline (ps): it gives up then and its acquire() returns False.</summary>
    public long Deadline { get; set; } = long.MaxValue;

    /// <summary>In time.sleep(): blocked until its OS wake-up, with nothing to wait for.</summary>
    public bool Sleeping { get; set; }

    /// <summary>An RLock's recursion count to restore once its blocked acquire succeeds (Condition.wait's _acquire_restore).</summary>
    public int RestoreCount { get; set; } = 1;

    /// <summary>Threads blocked in join() on this one, or in start() waiting for it to begin.</summary>
    public List<SimThread> Joiners { get; } = [];

    public SimThread? Starter { get; set; }

    /// <summary>Threads this one joined while they were still running, with joins deferred (explorer only).</summary>
    public List<SimThread> PendingJoins { get; } = [];

    public bool Started { get; set; }

    public PyThreadObject? Object { get; set; }

    public long Instructions { get; set; }

    public long StartTime { get; set; } = -1;

    public long EndTime { get; set; } = -1;

    public PyException? Uncaught { get; set; }

    /// <summary>The last time this thread lost the processor, and why (for --trace).</summary>
    public SwitchRecord? LastSwitchOut { get; set; }

    /// <summary>Per global slot: the write sequence this thread last loaded (-1: no pending load).</summary>
    public long[] LoadedSeq { get; set; } = [];

    /// <summary>Per global slot: how many updates the value held when this thread last loaded it (see Machine's depth).</summary>
    public long[] LoadedDepth { get; set; } = [];

    /// <summary>Free-threaded: per global slot, the write sequence this thread's cache last saw.</summary>
    public long[] SeenSeq { get; set; } = [];

    /// <summary>Per global slot: where that load happened (for traces).</summary>
    public LoadRecord[] LoadedAt { get; set; } = [];

    /// <summary>A free-threaded thread's time-slice end on its core.</summary>
    public long SliceEnd { get; set; } = long.MaxValue;

    /// <summary>Attributes and items this thread loaded and has not stored since (the object ledger's LoadedSeq).</summary>
    /// <remarks>The latest load is kept in <see cref="LastObjectLoad"/> instead, while it is not stored.</remarks>
    public Dictionary<Accounting.LocationHistory, Accounting.LocationLoad> ObjectLoads { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The ledger's latest pending load, out of <see cref="ObjectLoads"/> (never in both): <c>self.value += 1</c>
    /// stores where it just loaded, so the pair costs no dictionary operation.
    /// </summary>
    public Accounting.LocationHistory? LastLoadHistory;

    /// <summary><see cref="LastLoadHistory"/>'s write count and depth when it was loaded, and (traced runs only) its record.</summary>
    public long LastLoadSeq;

    public long LastLoadDepth;

    public Accounting.LoadRecord LastLoadRecord;

    /// <summary>The latest pending load as one value (kept in four fields: storing the record's references on every load cost GC write barriers).</summary>
    public Accounting.LocationLoad LastObjectLoad => new(LastLoadHistory!, LastLoadSeq, LastLoadDepth, LastLoadRecord);

    public Frame RentFrame()
    {
        if (Depth < _pool.Count)
        {
            return _pool[Depth++];
        }

        var frame = new Frame();
        _pool.Add(frame);
        Depth++;
        return frame;
    }

    public void ReturnFrame() => Depth--;

    public override string ToString() => Name;
}
