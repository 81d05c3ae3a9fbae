namespace RaceLab.Python.Vm.Threading;

/// <summary>Hooks for RaceLab.Explorer, which drives threads itself instead of by simulated time.</summary>
internal sealed partial class Scheduler
{
    /// <summary>The explorer picks every switch: no timed events, no random hand-off of the GIL.</summary>
    public bool Exploring { get; set; }

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
