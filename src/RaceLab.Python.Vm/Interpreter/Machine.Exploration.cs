using RaceLab.Python.Vm.Accounting;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;
using RaceLab.Python.Vm.Values.Itertools;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>The explorer's loop bound (--bound K): every loop runs at most K iterations per activation.</summary>
internal sealed partial class Machine
{
    /// <summary>0: no bound. Applied where a loop gets its iterator (GET_ITER), so the hot loop is untouched.</summary>
    public int LoopBound;

    /// <summary>
    /// Sampled schedules: decides at each check point inside the dispatch loop (null: a check point with the
    /// drop request set leaves the loop). Only with a GIL and an unbounded budget: <see cref="Run"/> counts
    /// a budget per thread, and a switch inside the loop runs several threads in one call.
    /// </summary>
    public ICheckPointSwitch? CheckPointSwitch;

    /// <summary>
    /// Decisions drawn in advance that the dispatch loop may take before asking <see cref="CheckPointSwitch"/>; set
    /// by the explorer only while the runnable threads stay as they are until the loop is left or a thread begins.
    /// </summary>
    public ChoiceTape? Tape;

    /// <summary>
    /// Whether stores that overwrite other threads' stores go to the ledger (sim reports them). The explorer
    /// never reads the ledger: a sampled run turns this off, so such a store (most of them in a racy counter
    /// under a random walk) stays in RunFast instead of leaving it for RunCore's ledger work.
    /// </summary>
    public bool CountsLostUpdates = true;

    /// <summary>
    /// A check point the explorer's switch need not see: the stretch the thread runs from it to its next check
    /// point touches only its frame (<see cref="LocalStretch"/>), so deciding there could only give schedules
    /// equivalent to deciding at the next one. Off under --bound, which redirects loops' jumps.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool SkipsCheckPoint(Frame f, int pc, int sp) =>
        CheckPointSwitch is not null && LoopBound == 0 && f.Code.LocalStretches is { } stretches && stretches[pc].ConditionsHold(f.Slots, sp);

    /// <summary>The thread the dispatch loop ran last (a switch inside the loop changes it).</summary>
    public SimThread? Executing => _executing;

    /// <summary>Per code object and instruction: warm-up executions (3.11+ specialization is shared state).</summary>
    public int[][] WarmCounters => _warm;

    /// <summary>Whether this release specializes call sites (3.11+): only then do the warm-up counters change.</summary>
    public bool Specializes => _specializes;

    /// <summary>Executions after which a call site is specialized.</summary>
    public int WarmThreshold => _warmThreshold;

    /// <summary>The explorer's snapshot: a machine with the same globals (mapped by <paramref name="map"/>), output and warm-up.</summary>
    public Machine CopyForExploration(Func<PyValue, PyValue> map) => new(this, map);

    private Machine(Machine source, Func<PyValue, PyValue> map)
    {
        Module = source.Module;
        Version = source.Version;
        FreeThreaded = source.FreeThreaded;
        // The explorer never reads lost-update accounting: one ledger serves every snapshot of a run.
        Ledger = source.Ledger;
        Costs = source.Costs;
        _globals = new PyValue[source._globals.Length];
        for (var slot = 0; slot < _globals.Length; slot++)
        {
            _globals[slot] = map(source._globals[slot]);
        }

        _builtinFallback = source._builtinFallback;
        // Write sequences, update depths and cache-line owners feed only sim's accounting and timing, which
        // the explorer never reads: every snapshot shares one set.
        _writeSeq = source._writeSeq;
        _depth = source._depth;
        _lastWriter = source._lastWriter;
        // Counters change only where calls specialize; elsewhere the all-zero arrays can be shared.
        _warm = source._specializes ? source._warm.Select(w => (int[])w.Clone()).ToArray() : source._warm;
        _warmThreshold = source._warmThreshold;
        _legacy = source._legacy;
        _specializes = source._specializes;
        _stdout.Append(source._stdout);
        _stderr.Append(source._stderr);
        _streamOrder.CopyFrom(source._streamOrder);
        _modules = source._modules;
        _sysStdout = map(source._sysStdout);
        _sysStderr = map(source._sysStderr);
        _imported = (bool[])source._imported.Clone();
        ProgramRandom = source.ProgramRandom.Clone();
        _atExit = [.. source._atExit.Select(map)];
        _threadNames = source._threadNames;
        Now = source.Now;
        LoopBound = source.LoopBound;
        SourceLines = source.SourceLines;
        DisplayPath = source.DisplayPath;
    }

    /// <summary>
    /// At a check point with the drop request set and <see cref="CheckPointSwitch"/> installed: the thread the
    /// loop runs on (the running one's state is already saved), or null to leave it.
    /// </summary>
    private SimThread? SwitchAtCheckPoint(SimThread running)
    {
        if (Tape is { } tape && TakeFromTape(tape, running) is { } taken)
        {
            return taken;
        }

        var next = CheckPointSwitch!.AtCheckPoint(running);
        if (next is not null)
        {
            _executing = next;
        }

        return next;
    }

    /// <summary>
    /// The tape's next decision, taken as <see cref="ICheckPointSwitch.AtCheckPoint"/> would take it (the switch
    /// in the loop is <see cref="SwitchInLoop"/>), or null where the explorer must decide: the tape is used up,
    /// a thread began, the instruction limits are near, or the chosen thread cannot run on in the loop.
    /// </summary>
    private SimThread? TakeFromTape(ChoiceTape tape, SimThread running)
    {
        var at = tape.Next;
        var ran = running.Instructions - tape.SegmentStart;
        var threads = tape.Live;
        if (at >= tape.End || threads.Count != tape.ThreadCount || ran >= tape.InstructionsLeft)
        {
            return null;
        }

        var next = threads[tape.Threads[at]];
        if (next != running)
        {
            if (!SwitchInLoop(running, next))
            {
                return null;
            }

            _executing = next;
        }

        // The rest (decisions, preemptions, who ran) the explorer reads off the tape when it takes over.
        tape.Next = at + 1;
        tape.InstructionsLeft -= ran;
        tape.SegmentStart = next.Instructions;
        return next;
    }

    /// <summary>
    /// Hands the processor from <paramref name="running"/>, stopped at a switch point, to <paramref name="next"/>
    /// inside the dispatch loop, as the explorer's RunSegment would with at least one instruction. False (and
    /// nothing changed) when the switch needs RunSegment: a thread not yet begun, blocked, or about to raise.
    /// </summary>
    public bool SwitchInLoop(SimThread running, SimThread next)
    {
        if (!next.Started || next.State != Threading.ThreadState.WaitingGil || next.Top is null || next.PendingRaise is not null)
        {
            return false;
        }

        if (running.State == Threading.ThreadState.Running)
        {
            running.State = Threading.ThreadState.WaitingGil;
        }

        Scheduler.GrantForExploration(next);
        MustStop = false;
        return true;
    }

    /// <summary>
    /// A backward jump under --bound: for-loops are bounded where they get their iterator, so only a jump
    /// back to anything but FOR_ITER (a while loop's end, or its `continue`) counts. The K-th one taken in
    /// this activation leaves the loop instead, as if its condition had turned false: execution goes on
    /// where a false condition would have taken it (see <see cref="LoopExits"/>). Every jump back in one
    /// loop, the closing one and each `continue`, counts towards the same K.
    /// </summary>
    private int BoundBackwardJump(Frame frame, int at, int head)
    {
        var loops = LoopExits.Of(frame.Code);
        var exit = loops.Exit[at];
        var loop = exit >= 0 ? loops.Key[at] : head;
        if (frame.LoopIterations is { Count: > 0 } counts)
        {
            // A loop going round again enters the loops inside it afresh: each runs K times again, even one
            // its condition (not the bound) ended last time.
            ForgetLoopsInside(counts, loop, loops.End[at]);
        }

        if (exit < 0)
        {
            return head;
        }

        frame.LoopIterations ??= [];
        var taken = frame.LoopIterations.GetValueOrDefault(loop) + 1;
        if (taken < LoopBound)
        {
            frame.LoopIterations[loop] = taken;
            return head;
        }

        // The count restarts, so a while loop entered again (inside an outer loop) runs K times again.
        frame.LoopIterations.Remove(loop);
        return exit;
    }

    private static void ForgetLoopsInside(SortedDictionary<int, int> counts, int start, int end)
    {
        List<int>? inner = null;
        foreach (var head in counts.Keys)
        {
            if (head > start && head <= end)
            {
                (inner ??= []).Add(head);
            }
        }

        inner?.ForEach(head => counts.Remove(head));
    }

    private void BoundLoop(PyValue iterator)
    {
        switch (iterator.Ref)
        {
            case PyRangeIterator range:
                range.Remaining = Math.Min(range.Remaining, LoopBound);
                break;
            case PySequenceIterator sequence:
                sequence.Limit = Math.Min(sequence.Limit, sequence.Position + LoopBound);
                break;
            case PyDictIterator dict:
                dict.Bound(LoopBound);
                break;
        }
    }
}
