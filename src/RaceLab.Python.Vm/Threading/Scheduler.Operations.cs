using RaceLab.Python.Vm.Timeline;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Threading;

internal sealed partial class Scheduler
{
    /// <summary>Thread.start(): create the OS thread, then block until it has begun (releasing the GIL).</summary>
    public void Start(SimThread current, PyThreadObject obj)
    {
        if (!obj.Initialized)
        {
            throw PythonError.Of(Tags.RuntimeError, "thread.__init__() not called");
        }

        if (obj.Thread is not null)
        {
            throw PythonError.Of(Tags.RuntimeError, "threads can only be started once");
        }

        var thread = _m.CreateThread(obj.Name);
        thread.Object = obj;
        obj.Thread = thread;
        Threads.Add(thread);
        _m.Advance(current, _m.Costs.ThreadCreate);
        thread.Clock = Clock(current);
        thread.Starter = current;
        Timeline?.Changed(thread, ThreadActivity.Waiting, Clock(current));
        Wake(thread, Clock(current));
        current.BlockedOnThread = thread;
        Block(current, "blocked in Thread.start() until the new thread runs");
    }

    /// <summary>Thread.join(): returns at once for a finished thread, else blocks (releasing the GIL).</summary>
    public void Join(SimThread current, PyThreadObject obj)
    {
        var target = obj.Thread ?? throw PythonError.Of(Tags.RuntimeError, "cannot join thread before it is started");
        if (target == current)
        {
            throw PythonError.Of(Tags.RuntimeError, "cannot join current thread");
        }

        if (target.State == ThreadState.Finished)
        {
            return;
        }

        if (DeferJoins)
        {
            current.PendingJoins.Add(target);
            return;
        }

        current.BlockedOnThread = target;
        target.Joiners.Add(current);
        Block(current, $"blocked in join() on {target.Name}");
    }

    /// <summary>
    /// Lock.acquire() and RLock.acquire(): first tries without releasing the GIL; blocks only if the lock is
    /// held, until it is released or, with a timeout, until the deadline (then acquire() returns False).
    /// </summary>
    public bool Acquire(SimThread current, PyLock lockObject, bool blocking, double timeoutSeconds = -1)
    {
        if (lockObject is PyRLock { Owner: { } owner } reentrant && owner == current)
        {
            reentrant.Count++;
            return true;
        }

        if (lockObject.Owner is null)
        {
            Take(current, lockObject, 1);
            return true;
        }

        if (!blocking || timeoutSeconds == 0)
        {
            return false;
        }

        current.BlockedOnLock = lockObject;
        current.RestoreCount = 1;
        lockObject.Blocked.Add(current);
        Block(current, $"blocked acquiring a lock held by {lockObject.Owner.Name}");
        if (timeoutSeconds > 0)
        {
            current.Deadline = Clock(current) + Seconds(timeoutSeconds);
            current.EventTime = current.Deadline;
            UpdateBreakAt();
        }

        return true;
    }

    /// <summary>The lock becomes the thread's, remembering where (the innermost frame outside RaceLab's library).</summary>
    private static void Take(SimThread thread, PyLock lockObject, int count)
    {
        lockObject.Owner = thread;
        if (lockObject is PyRLock reentrant)
        {
            reentrant.Count = count;
        }

        var frame = thread.Top;
        while (frame is { Code.IsLibrary: true, Back: not null })
        {
            frame = frame.Back;
        }

        lockObject.AcquiredIn = frame?.Code;
        lockObject.AcquiredAt = frame is null ? 0 : Math.Max(0, frame.Pc - 1);
    }

    /// <summary>Lock.release(): frees the lock and has the OS wake one blocked thread, which tries it when it runs.</summary>
    public void Release(SimThread current, PyLock lockObject)
    {
        if (lockObject is PyRLock reentrant)
        {
            if (reentrant.Owner != current)
            {
                throw PythonError.Of(Tags.RuntimeError, "cannot release un-acquired lock");
            }

            if (--reentrant.Count > 0)
            {
                return;
            }
        }
        else if (lockObject.Owner is null)
        {
            throw PythonError.Of(Tags.RuntimeError, "release unlocked lock");
        }

        lockObject.Owner = null;

        if (lockObject.Blocked.Count == 0)
        {
            // No waiter registered: glibc's sem_post is one atomic add in user space.
            return;
        }

        // With waiters registered every sem_post enters the kernel (FUTEX_WAKE) and wakes one sleeping waiter;
        // a waiter already on its way is not woken twice, so a lock released again before the first one runs
        // wakes the next: several can be racing for it at once. The releaser pays the system call each time
        // (most when it really wakes a thread): why a lock convoy, once a thread pre-empted inside the block
        // has made the others queue on the lock, slows every iteration down (3.9, whose with block polls).
        var cost = _m.Costs.FutexWakeEmpty;
        foreach (var next in lockObject.Blocked)
        {
            // Asleep in the kernel: no wake-up pending, or only its timed wait's deadline.
            if (next.EventTime == long.MaxValue || next.EventTime == next.Deadline)
            {
                next.EventTime = Math.Min(next.EventTime, Clock(current) + _m.Costs.LockWakeLatency);
                cost = _m.Costs.FutexWakeSleeper;
                UpdateBreakAt();
                break;
            }
        }

        _m.Advance(current, cost);
    }

    /// <summary>A thread's outermost frame returned or raised: wake its joiners, give up the GIL for good.</summary>
    private void Finish(SimThread t)
    {
        if (t.Id == 0 && _m.EnterAtExit(t))
        {
            // The main thread goes on with threading's exit callbacks.
            return;
        }

        if (_m.EnterExceptHook(t))
        {
            // The thread goes on with the program's threading.excepthook.
            return;
        }

        _m.Advance(t, _m.Costs.ThreadExit);
        var now = Clock(t);
        t.State = ThreadState.Finished;
        t.EndTime = now;
        Timeline?.Released(t, HandoffCause.ThreadExit, "thread exit", now, null);
        t.EventTime = long.MaxValue;
        foreach (var joiner in t.Joiners)
        {
            if (joiner.State == ThreadState.Blocked && joiner.BlockedOnThread == t)
            {
                joiner.BlockedOnThread = null;
                Wake(joiner, now);
            }
        }

        t.Joiners.Clear();
        if (t.Uncaught is not null)
        {
            _m.ReportUncaught(t);
        }

        ReleaseGil(t);
        UpdateBreakAt();
    }
}
