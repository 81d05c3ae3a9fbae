using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RaceLab.Explorer.Python;
using RaceLab.Python.Vm.Threading;
using ThreadState = RaceLab.Python.Vm.Threading.ThreadState;

namespace RaceLab.Explorer.Sampling;

/// <summary>What a strategy sees at a switch point: the runnable threads, who ran last, how far the run is.</summary>
internal sealed class SchedulingPoint
{
    private readonly PythonMachine _machine;
    private readonly LiveRun _live;
    // Per thread, what its next step may touch, while valid (POS asks for every runnable thread's at every step).
    private StepFootprint[] _footprints = new StepFootprint[16];
    private bool[] _footprintKnown = new bool[16];

    // The same for threads 0-63 as masks, and their known footprints grouped (POS's race test without a pass over the threads).
    private readonly PendingStepGroups _groups = new();
    private ulong _knownMask;

    /// <summary>The thread count when the last refresh found the enabled set settled (see <see cref="RefreshInLoop"/>); -1 when not.</summary>
    private int _settledThreads = -1;

    public SchedulingPoint(PythonMachine machine, LiveRun live)
    {
        _machine = machine;
        _live = live;
    }

    /// <summary>The runnable threads, lowest number first.</summary>
    public List<int> Enabled { get; } = [];

    /// <summary><see cref="Enabled"/> as a mask of threads, while there are at most <see cref="PendingStepGroups.MaxThreads"/>.</summary>
    public ulong EnabledMask { get; private set; }

    /// <summary>Whether every thread has a bit in the masks (<see cref="EnabledMask"/>, <see cref="RunnableRacingWith"/>).</summary>
    public bool FitsMasks => _live.Threads.Count <= PendingStepGroups.MaxThreads;

    /// <summary>The thread that ran the last segment (-1 before the first).</summary>
    public int Current { get; private set; } = -1;

    /// <summary>Instructions run so far by all threads.</summary>
    public long Executed { get; private set; }

    /// <summary>Threads created so far (finished ones included; numbers never change).</summary>
    public int ThreadCount => _live.Threads.Count;

    public bool IsEnabled(int thread) => PythonMachine.CanRun(_live.Threads[thread]);

    /// <summary>What the thread's next step may touch (cached until that thread runs: nothing else moves its pc).</summary>
    public StepFootprint Footprint(int thread)
    {
        if ((uint)thread < (uint)_footprintKnown.Length && _footprintKnown[thread])
        {
            return _footprints[thread];
        }

        return Compute(thread);
    }

    /// <summary>
    /// Every runnable thread's next step, indexed by thread (entries of the others are stale): POS reads them
    /// all at every step, and one span beats a call per thread.
    /// </summary>
    public ReadOnlySpan<StepFootprint> FootprintsOfEnabled()
    {
        foreach (var thread in CollectionsMarshal.AsSpan(Enabled))
        {
            if ((uint)thread >= (uint)_footprintKnown.Length || !_footprintKnown[thread])
            {
                _ = Compute(thread);
            }
        }

        return _footprints;
    }

    /// <summary>
    /// The runnable threads other than <paramref name="chosen"/> whose next step races with its next step, as a
    /// mask (only while <see cref="FitsMasks"/>). Computes first the unknown footprints of every runnable
    /// thread, lowest first, as <see cref="FootprintsOfEnabled"/> does, so the cache holds the same either way.
    /// </summary>
    public ulong RunnableRacingWith(int chosen)
    {
        for (var unknown = EnabledMask & ~_knownMask; unknown != 0; unknown &= unknown - 1)
        {
            _ = Compute(BitOperations.TrailingZeroCount(unknown));
        }

        var step = _footprints[chosen];
        return step.IsEmpty ? 0 : _groups.RacingWith(step) & EnabledMask & ~(1UL << chosen);
    }

    private StepFootprint Compute(int thread)
    {
        if (thread >= _footprintKnown.Length)
        {
            var size = Math.Max(thread + 1, _footprintKnown.Length * 2);
            Array.Resize(ref _footprints, size);
            Array.Resize(ref _footprintKnown, size);
        }

        _footprintKnown[thread] = true;
        var footprint = _footprints[thread] = _machine.NextFootprint(_live, thread);
        if (thread < PendingStepGroups.MaxThreads)
        {
            _knownMask |= 1UL << thread;
            _groups.Set(thread, footprint);
        }

        return footprint;
    }

    internal void Refresh(int current, long executed)
    {
        Current = current;
        Executed = executed;
        Enabled.Clear();
        var threads = CollectionsMarshal.AsSpan(_live.Threads);
        var settled = true;
        var mask = 0UL;
        for (var t = 0; t < threads.Length; t++)
        {
            var thread = threads[t];
            var state = thread.State;
            if (state is ThreadState.Running or ThreadState.WaitingGil)
            {
                Enabled.Add(t);
                mask |= t < PendingStepGroups.MaxThreads ? 1UL << t : 0;
                continue;
            }

            settled &= state == ThreadState.Finished || JoinsOnly(thread);
            if (PythonMachine.CanRun(thread))
            {
                Enabled.Add(t);
                mask |= t < PendingStepGroups.MaxThreads ? 1UL << t : 0;
            }
        }

        EnabledMask = mask;
        _settledThreads = settled ? threads.Length : -1;
    }

    /// <summary>
    /// <see cref="Refresh"/> at a check point inside the dispatch loop, after a stretch that did not leave it.
    /// While every thread runs, waits for the processor, has finished or waits in join(), nothing but the
    /// loop's leaving (a thread blocking, ending or beginning) or a new thread changes who can run, so the
    /// last set stands; a thread waiting for a lock, a queue or a sleep may be woken by the one running.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void RefreshInLoop(int current, long executed)
    {
        if (_settledThreads != _live.Threads.Count)
        {
            Refresh(current, executed);
            return;
        }

        Current = current;
        Executed = executed;
    }

    /// <summary>The loop is left: whatever ran outside it may have changed who can run.</summary>
    internal void LeftLoop() => _settledThreads = -1;

    /// <summary>Whether, after the last refresh, only the loop's leaving or a new thread can change <see cref="Enabled"/>.</summary>
    internal bool IsSettled => _settledThreads == _live.Threads.Count;

    /// <summary>Threads ran that <see cref="Ran"/> was not told about (the dispatch loop's own decisions): no footprint stands.</summary>
    internal void ForgetFootprints()
    {
        Array.Clear(_footprintKnown);
        _knownMask = 0;
    }

    private static bool JoinsOnly(SimThread thread) => thread.State == ThreadState.Blocked && thread.BlockedOnThread is not null
        && thread.BlockedOnLock is null && thread.BlockedOnQueue is null && !thread.Sleeping;

    internal void Ran(int thread)
    {
        if ((uint)thread < (uint)_footprintKnown.Length)
        {
            _footprintKnown[thread] = false;
        }

        if ((uint)thread < PendingStepGroups.MaxThreads)
        {
            _knownMask &= ~(1UL << thread);
        }
    }
}
