using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Threading;

/// <summary>Blocking with time: sleep, timed acquires, and what a woken waiter does first.</summary>
internal sealed partial class Scheduler
{
    /// <summary>Whole picoseconds of simulated time in a number of seconds.</summary>
    private static long Seconds(double seconds) => seconds >= 1e6 ? long.MaxValue / 4 : (long)Math.Round(seconds * 1e12);

    /// <summary>
    /// time.sleep(): releases the GIL (Py_BEGIN_ALLOW_THREADS), sleeps in the kernel, and asks for the GIL
    /// again when the OS wakes it: the deadline plus Linux's timer slack, plus the wake-up's latency. sleep(0)
    /// still releases the GIL, so a waiting thread takes it.
    /// </summary>
    public void Sleep(SimThread current, double seconds)
    {
        current.Sleeping = true;
        Block(current, seconds > 0 ? $"sleeping {seconds:0.######} s in time.sleep()" : "in time.sleep(0)");
        if (Exploring)
        {
            return;
        }

        var slack = seconds > 0 ? (long)(_random.Next() % (ulong)_m.Costs.TimerSlack) : 0;
        current.State = ThreadState.Waking;
        current.EventTime = Clock(current) + Seconds(seconds) + slack + _m.Costs.WakeLatency;
        UpdateBreakAt();
    }

    /// <summary>A woken waiter found the lock free: it is the owner now, with the count it asked for.</summary>
    private static void TakeAfterWait(SimThread t, PyLock lockObject)
    {
        lockObject.Blocked.Remove(t);
        t.BlockedOnLock = null;
        t.Deadline = long.MaxValue;
        Take(t, lockObject, t.RestoreCount);
        t.RestoreCount = 1;
    }

    /// <summary>A timed acquire gave up: its acquire() returns False (the call already pushed True).</summary>
    private static void TimeOut(SimThread t, PyLock lockObject)
    {
        lockObject.Blocked.Remove(t);
        t.BlockedOnLock = null;
        t.Deadline = long.MaxValue;
        t.RestoreCount = 1;
        var frame = t.Top!;
        frame.Slots[frame.Sp - 1] = PyValue.False;
    }

    /// <summary>Whether the explorer may run a blocked thread: its lock is free, or its wait can end by itself.</summary>
    public static bool CanResume(SimThread t) => t.State != ThreadState.Blocked
        || t.Sleeping
        || t.BlockedOnLock is { Owner: null }
        || (t.BlockedOnLock is not null && t.Deadline != long.MaxValue);

    /// <summary>
    /// The explorer runs a blocked thread: it takes its free lock, or its timed wait ends unsuccessfully (in
    /// abstract time a timeout can expire at any moment), or its sleep ends.
    /// </summary>
    public static void ResumeForExploration(SimThread t)
    {
        t.Sleeping = false;
        if (t.BlockedOnLock is { } lockObject)
        {
            if (lockObject.Owner is null)
            {
                TakeAfterWait(t, lockObject);
            }
            else
            {
                TimeOut(t, lockObject);
            }
        }
    }
}
