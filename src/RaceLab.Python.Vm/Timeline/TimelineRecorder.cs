using RaceLab.Python.Vm.Simulation;
using RaceLab.Python.Vm.Threading;

namespace RaceLab.Python.Vm.Timeline;

/// <summary>
/// Collects a run's timeline from the scheduler's hooks. The scheduler calls it only when it is set (a null
/// check per GIL hand-off, never per instruction), so a simulation without a timeline keeps its speed. Lost
/// updates beyond the first thousand are only counted: a free-threaded run can have hundreds of thousands, and
/// a page has to stay small enough to open.
/// </summary>
internal sealed class TimelineRecorder(bool hasGil, int maxLostUpdates = 1_000)
{
    private readonly List<string> _names = [];
    private readonly List<(ThreadActivity Activity, long Since)?> _open = [];
    private readonly List<double> _ends = [];
    private readonly List<TimelineInterval> _intervals = [];
    private readonly List<GilHandoff> _handoffs = [];
    private readonly List<TimelineLostUpdate> _lost = [];
    private long _lostNotKept;
    private (HandoffCause Cause, string Detail) _lastRelease = (HandoffCause.ThreadStart, string.Empty);

    /// <summary>The thread now does <paramref name="activity"/> from <paramref name="time"/> (ps) on.</summary>
    public void Changed(SimThread thread, ThreadActivity activity, long time)
    {
        Lane(thread);
        if (_open[thread.Id] is { } open)
        {
            if (open.Activity == activity)
            {
                return;
            }

            Close(thread.Id, open, time);
        }

        _open[thread.Id] = (activity, time);
    }

    /// <summary>The thread gives up the GIL (or core) for <paramref name="cause"/>, now doing <paramref name="next"/> (null: it ended).</summary>
    public void Released(SimThread thread, HandoffCause cause, string detail, long time, ThreadActivity? next)
    {
        _lastRelease = (cause, detail);
        if (next is { } activity)
        {
            Changed(thread, activity, time);
            return;
        }

        Lane(thread);
        if (_open[thread.Id] is { } open)
        {
            Close(thread.Id, open, time);
            _open[thread.Id] = null;
        }

        _ends[thread.Id] = time / 1e12;
    }

    /// <summary>The thread takes the GIL from <paramref name="previous"/> (the last holder) at <paramref name="time"/>.</summary>
    public void TookGil(SimThread thread, SimThread? previous, long time)
    {
        if (previous is not null && previous != thread)
        {
            Lane(previous);
            _handoffs.Add(new GilHandoff(time / 1e12, previous.Id, thread.Id, _lastRelease.Cause, _lastRelease.Detail));
        }

        Changed(thread, ThreadActivity.Running, time);
    }

    /// <summary>No more lost-update stories are kept (later events are only counted).</summary>
    public bool Full => _lost.Count >= maxLostUpdates;

    public void CountNotKept() => _lostNotKept++;

    public void LostUpdate(SimThread thread, LostUpdateStory story)
    {
        if (Full)
        {
            _lostNotKept++;
            return;
        }

        Lane(thread);
        _lost.Add(new TimelineLostUpdate(thread.Id, story));
    }

    public SimulationTimeline Build(long end)
    {
        for (var i = 0; i < _open.Count; i++)
        {
            if (_open[i] is { } open)
            {
                Close(i, open, end);
            }
        }

        return new SimulationTimeline
        {
            Threads = _names.ToArray(),
            Ends = _ends.ToArray(),
            Intervals = _intervals.ToArray(),
            Handoffs = _handoffs.ToArray(),
            LostUpdates = _lost.ToArray(),
            LostUpdatesNotKept = _lostNotKept,
            EndSeconds = end / 1e12,
            HasGil = hasGil,
        };
    }

    private void Close(int lane, (ThreadActivity Activity, long Since) open, long time)
    {
        if (time > open.Since)
        {
            _intervals.Add(new TimelineInterval(lane, open.Since / 1e12, time / 1e12, open.Activity));
        }
    }

    private void Lane(SimThread thread)
    {
        while (_names.Count <= thread.Id)
        {
            _names.Add(string.Empty);
            _open.Add(null);
            _ends.Add(-1);
        }

        _names[thread.Id] = thread.Name;
    }
}
