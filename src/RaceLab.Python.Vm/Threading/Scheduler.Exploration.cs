namespace RaceLab.Python.Vm.Threading;

/// <summary>Hooks for RaceLab.Explorer, which drives threads itself instead of by simulated time.</summary>
internal sealed partial class Scheduler
{
    /// <summary>The explorer picks every switch: no timed events, no random hand-off of the GIL.</summary>
    public bool Exploring { get; set; }

    /// <summary>
    /// join() on a running thread returns at once and leaves the target in the caller's
    /// <see cref="SimThread.PendingJoins"/>: the explorer holds the caller back before its next step that
    /// another thread could observe until every pending target has finished, and meanwhile runs the caller
    /// one instruction at a time (with a GIL its segment ends at the join, where CPython would block). What
    /// the caller does in between touches nothing shared, so running it before the target ends changes
    /// nothing but the order of invisible steps. It keeps the order of joins out of the state.
    /// </summary>
    public bool DeferJoins { get; set; }

    /// <summary>The explorer gives the processor to <paramref name="thread"/>.</summary>
    public void GrantForExploration(SimThread thread)
    {
        Holder = FreeThreaded ? null : thread;
        thread.State = ThreadState.Running;
        thread.EventTime = long.MaxValue;
        if (!thread.Started)
        {
            Begin(thread, _m.Now);
        }
    }

    /// <summary>A thread's outermost frame returned or raised: wake its joiners, as in a timed run.</summary>
    public void FinishForExploration(SimThread thread) => Finish(thread);
}
