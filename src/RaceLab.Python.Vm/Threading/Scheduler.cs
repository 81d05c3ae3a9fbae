using RaceLab.Python.Vm.Accounting;
using RaceLab.Python.Vm.Interpreter;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Threading;

/// <summary>
/// Simulated threads in simulated time. With a GIL: CPython 3.2+'s take_gil/drop_gil protocol (timed waits
/// of the switch interval, drop requests, FORCE_SWITCHING, a seeded uniform choice among waiters,
/// voluntary releases). Free-threaded: up to <c>cores</c> threads run at once, interleaved by their clocks.
/// </summary>
internal sealed partial class Scheduler
{
    private readonly Machine _m;
    private readonly Xoshiro _random;
    private readonly List<SimThread> _waiters = [];
    private SimThread? _lastHolder;
    private long _interval;

    public Scheduler(Machine machine, ulong seed, double intervalSeconds, bool freeThreaded, int cores)
    {
        _m = machine;
        _random = new Xoshiro(seed);
        FreeThreaded = freeThreaded;
        Cores = Math.Max(1, cores);
        SetInterval(intervalSeconds);
    }

    public List<SimThread> Threads { get; } = [];

    public bool FreeThreaded { get; }

    public int Cores { get; }

    /// <summary>The GIL's owner (GIL builds only).</summary>
    public SimThread? Holder { get; private set; }

    /// <summary>Real changes of GIL owner (CPython's switch_number).</summary>
    public long SwitchNumber { get; private set; }

    public double IntervalSeconds => _interval / 1e12;

    public string? StopMessage { get; private set; }

    public void SetInterval(double seconds) => _interval = Math.Max(1_000_000L, (long)Math.Round(seconds * 1e12));

    private long Clock(SimThread t) => _m.ClockOf(t);

    /// <summary>Recomputes when the running thread must next call <see cref="OnTime"/>.</summary>
    private void UpdateBreakAt()
    {
        if (Exploring)
        {
            // The explorer decides every switch: no timed events may interrupt a step.
            _m.BreakAt = long.MaxValue;
            return;
        }

        var next = long.MaxValue;
        foreach (var t in Threads)
        {
            if (t.EventTime < next)
            {
                next = t.EventTime;
            }
        }

        _m.BreakAt = FreeThreaded ? Math.Min(next, _freeBreak) : next;
    }

    /// <summary>Processes every pending event due by the running thread's clock.</summary>
    public void OnTime(SimThread current)
    {
        var now = Clock(current);
        ProcessEvents(now);
        if (FreeThreaded)
        {
            // Hand control back so the scheduler runs whichever thread is furthest behind.
            _m.MustStop = true;
        }

        UpdateBreakAt();
    }

    private void ProcessEvents(long now)
    {
        while (true)
        {
            SimThread? due = null;
            foreach (var t in Threads)
            {
                if (t.EventTime <= now && (due is null || t.EventTime < due.EventTime))
                {
                    due = t;
                }
            }

            if (due is null)
            {
                return;
            }

            Fire(due, due.EventTime);
        }
    }

    private void Fire(SimThread t, long time)
    {
        switch (t.State)
        {
            case ThreadState.WaitingGil when !FreeThreaded:
                // take_gil's timed wait expired: request a drop if nobody switched meanwhile, wait again.
                if (Holder is not null && Holder != t && SwitchNumber == t.WaitSwitchNumber)
                {
                    _m.DropRequest = true;
                }

                t.EventTime = time + TimedWait();
                t.WaitSwitchNumber = SwitchNumber;
                break;
            case ThreadState.Waking:
                t.Sleeping = false;
                BecomeRunnable(t, time);
                break;
            case ThreadState.Blocked when t.BlockedOnLock is { } lockObject:
                t.EventTime = long.MaxValue;
                if (lockObject.Owner is null)
                {
                    TakeAfterWait(t, lockObject);
                    BecomeRunnable(t, time);
                }
                else if (time >= t.Deadline)
                {
                    TimeOut(t, lockObject);
                    BecomeRunnable(t, time);
                }
                else
                {
                    t.EventTime = t.Deadline;
                }

                break;
            case ThreadState.Blocked when t.BlockedOnQueue is { } queue:
                t.EventTime = long.MaxValue;
                if (time >= t.Deadline)
                {
                    QueueTimeOut(t, queue);
                    BecomeRunnable(t, time);
                }

                break;
            default:
                t.EventTime = long.MaxValue;
                break;
        }
    }

    /// <summary>A thread that can run again asks for the GIL (or, free-threaded, for a core).</summary>
    private void BecomeRunnable(SimThread t, long time)
    {
        t.State = ThreadState.WaitingGil;
        if (FreeThreaded)
        {
            t.Clock = Math.Max(t.Clock, time);
            t.EventTime = long.MaxValue;
            return;
        }

        t.EventTime = time + TimedWait();
        t.WaitSwitchNumber = SwitchNumber;
    }

    /// <summary>
    /// A timed wait of one switch interval, as the OS delivers it: Linux's timer slack (50 µs for ordinary
    /// threads) lets the wake-up come anywhere in [deadline, deadline + slack), which is what spreads the
    /// drop requests uniformly over the holder's loop instead of phase-locking them to one instruction.
    /// </summary>
    private long TimedWait() => _interval + (long)(_random.Next() % (ulong)_m.Costs.TimerSlack);

    private SimThread? PickWaiter(SimThread? excluded)
    {
        _waiters.Clear();
        foreach (var t in Threads)
        {
            if (t.State == ThreadState.WaitingGil && t != excluded)
            {
                _waiters.Add(t);
            }
        }

        return _waiters.Count == 0 ? null : _waiters[_random.Below(_waiters.Count)];
    }

    private void TakeGil(SimThread t)
    {
        Holder = t;
        t.State = ThreadState.Running;
        t.EventTime = long.MaxValue;
        if (_lastHolder != t)
        {
            _lastHolder = t;
            SwitchNumber++;
        }

        _m.DropRequest = false;
        if (t.LastSwitchOut is { ResumedAt: < 0 } record)
        {
            record.ResumedAt = _m.Now;
        }

        if (!t.Started)
        {
            Begin(t, _m.Now);
        }
    }

    /// <summary>A new thread's first time on the processor: bootstrap, wake the starter, enter the target.</summary>
    private void Begin(SimThread t, long now)
    {
        t.Started = true;
        t.StartTime = now;
        _m.Advance(t, _m.Costs.ThreadBootstrap);
        if (t.Starter is { } starter)
        {
            starter.BlockedOnThread = null;
            Wake(starter, Clock(t));
            t.Starter = null;
        }

        try
        {
            _m.EnterTarget(t, t.Object!);
        }
        catch (PythonError error)
        {
            t.Uncaught = error.Exception;
        }
    }

    private void Wake(SimThread t, long now)
    {
        t.State = ThreadState.Waking;
        t.EventTime = now + _m.Costs.WakeLatency;
    }

    /// <summary>drop_gil at a check point with the drop request set, then FORCE_SWITCHING.</summary>
    private void ForcedSwitch(SimThread t)
    {
        var next = PickWaiter(t);
        if (next is null)
        {
            _m.DropRequest = false;
            return;
        }

        var frame = t.Top!;
        t.LastSwitchOut = new SwitchRecord(_m.Now, frame.Code, Math.Max(0, frame.Pc - 1), "drop request at the check point after");
        _m.Now += _m.Costs.GilHandoff;
        TakeGil(next);

        // The dropper waits until the switch happened, then takes the GIL as an ordinary waiter.
        t.State = ThreadState.WaitingGil;
        t.EventTime = _m.Now + TimedWait();
        t.WaitSwitchNumber = SwitchNumber;
    }

    /// <summary>A voluntary release (blocking call, thread exit): the GIL goes at once to a waiter, if any.</summary>
    private void ReleaseGil(SimThread t)
    {
        if (Exploring)
        {
            // The explorer picks who runs next.
            Holder = null;
            return;
        }

        if (FreeThreaded)
        {
            return;
        }

        Holder = null;
        var next = PickWaiter(t);
        if (next is not null)
        {
            _m.Now += _m.Costs.GilHandoff;
            TakeGil(next);
        }
    }

    private void Block(SimThread t, string reason)
    {
        t.State = ThreadState.Blocked;
        t.EventTime = long.MaxValue;
        var frame = t.Top;
        t.LastSwitchOut = new SwitchRecord(Clock(t), frame?.Code, Math.Max(0, (frame?.Pc ?? 1) - 1), reason);
        ReleaseGil(t);
        _m.MustStop = true;
        UpdateBreakAt();
    }
}
