using RaceLab.Explorer.Python;

namespace RaceLab.Explorer.Sampling;

/// <summary>What a strategy sees at a switch point: the runnable threads, who ran last, how far the run is.</summary>
internal sealed class SchedulingPoint
{
    private readonly PythonMachine _machine;
    private readonly LiveRun _live;
    private readonly List<StepFootprint?> _footprints = [];

    public SchedulingPoint(PythonMachine machine, LiveRun live)
    {
        _machine = machine;
        _live = live;
    }

    /// <summary>The runnable threads, lowest number first.</summary>
    public List<int> Enabled { get; } = [];

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
        while (_footprints.Count <= thread)
        {
            _footprints.Add(null);
        }

        return _footprints[thread] ??= _machine.NextFootprint(_live, thread);
    }

    internal void Refresh(int current, long executed)
    {
        Current = current;
        Executed = executed;
        Enabled.Clear();
        var threads = _live.Threads;
        for (var t = 0; t < threads.Count; t++)
        {
            if (PythonMachine.CanRun(threads[t]))
            {
                Enabled.Add(t);
            }
        }
    }

    internal void Ran(int thread)
    {
        if (thread < _footprints.Count)
        {
            _footprints[thread] = null;
        }
    }
}
