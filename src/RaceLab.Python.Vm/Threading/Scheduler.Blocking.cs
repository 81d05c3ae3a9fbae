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

    /// <summary>SimpleQueue.get(): an item at once, or blocks (releasing the GIL) until a put() hands one over.</summary>
    public PyValue QueueGet(SimThread current, PySimpleQueue queue, bool block, double timeoutSeconds)
    {
        if (queue.Items.Count > 0)
        {
            return queue.Items.PopLeft();
        }

        if (!block || timeoutSeconds == 0)
        {
            throw new PythonError(new PyException(Tags.QueueEmpty, []));
        }

        current.BlockedOnQueue = queue;
        queue.Getters.Add(current);
        Block(current, "blocked in SimpleQueue.get() on an empty queue");
        if (timeoutSeconds > 0)
        {
            current.Deadline = Clock(current) + Seconds(timeoutSeconds);
            current.EventTime = current.Deadline;
            UpdateBreakAt();
        }

        // The call pushes this; the put() that wakes the thread replaces it with its item.
        return PyValue.None;
    }

    /// <summary>SimpleQueue.put(): hands the item to the longest-waiting getter and has the OS wake it, or queues it.</summary>
    public void QueuePut(SimThread current, PySimpleQueue queue, PyValue item)
    {
        if (queue.Getters.Count == 0)
        {
            queue.Items.Append(item);
            return;
        }

        var getter = queue.Getters[0];
        queue.Getters.RemoveAt(0);
        getter.BlockedOnQueue = null;
        getter.Deadline = long.MaxValue;
        var frame = getter.Top!;
        frame.Slots[frame.Sp - 1] = item;
        _m.Advance(current, _m.Costs.FutexWakeSleeper);
        Wake(getter, Clock(current));
        UpdateBreakAt();
    }

    /// <summary>A timed SimpleQueue.get() gave up: the thread raises Empty when it runs.</summary>
    private static void QueueTimeOut(SimThread t, PySimpleQueue queue)
    {
        queue.Getters.Remove(t);
        t.BlockedOnQueue = null;
        t.Deadline = long.MaxValue;
        t.PendingRaise = new PyException(Tags.QueueEmpty, []);
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
        || ((t.BlockedOnLock is not null || t.BlockedOnQueue is not null) && t.Deadline != long.MaxValue);

    /// <summary>
    /// The explorer runs a blocked thread: it takes its free lock, or its timed wait ends unsuccessfully (in
    /// abstract time a timeout can expire at any moment), or its sleep ends.
    /// </summary>
    public static void ResumeForExploration(SimThread t)
    {
        t.Sleeping = false;
        if (t.BlockedOnQueue is { } queue)
        {
            QueueTimeOut(t, queue);
        }

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
