namespace RaceLab.Experiment.Running;

/// <summary>
/// Holds created threads until all of them are ready, then lets them go at once. Waiters spin and yield
/// rather than block on an event, because waking blocked threads one by one would stagger their starts by
/// tens of microseconds each and hide the race the experiment is meant to show.
/// </summary>
internal sealed class StartGate(int participants)
{
    private int _ready;
    private volatile bool _open;

    /// <summary>Called by each worker: announces it is ready and waits until the gate opens.</summary>
    public void SignalAndWait()
    {
        Interlocked.Increment(ref _ready);
        var spinner = default(SpinWait);
        while (!_open)
        {
            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }

    /// <summary>Called by the coordinator: waits until every worker is ready, then opens the gate.</summary>
    public void OpenWhenAllReady()
    {
        var spinner = default(SpinWait);
        while (Volatile.Read(ref _ready) < participants)
        {
            spinner.SpinOnce(sleep1Threshold: -1);
        }

        _open = true;
    }
}
