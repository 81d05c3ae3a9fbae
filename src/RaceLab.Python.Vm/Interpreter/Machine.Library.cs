using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// The natives under RaceLab's library modules: what CPython writes in C (_thread's locks and thread
/// registry, time). Atomic under the GIL; sleeping and blocked acquires release it (see Scheduler.Blocking).
/// </summary>
internal sealed partial class Machine
{
    /// <summary>The simulated wall clock starts at a fixed moment, so time.time() is deterministic: 2025-01-01 00:00 UTC.</summary>
    private const double EpochOffset = 1_735_689_600.0;

    /// <summary>Monotonic clocks start at an arbitrary fixed point, as CPython's do (boot time).</summary>
    private const double MonotonicOffset = 10_000.0;

    private PyValue InvokeLibrary(SimThread thread, PyBuiltin builtin, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        switch (builtin.Id)
        {
            case BuiltinId.RLock:
                Expect(builtin, pos, 0, 0, kw);
                return PyValue.FromObject(new PyRLock());
            case BuiltinId.LockIsOwned:
                return PyValue.FromBool(pos[0].As<PyRLock>().Owner == thread);
            case BuiltinId.LockReleaseSave:
                {
                    var rlock = pos[0].As<PyRLock>();
                    if (rlock.Owner != thread || rlock.Count == 0)
                    {
                        throw PythonError.Of(Tags.RuntimeError, "cannot release un-acquired lock");
                    }

                    var state = new PyTuple([PyValue.FromInt(rlock.Count), PyValue.FromInt(thread.Id)]);
                    rlock.Count = 1;
                    Scheduler.Release(thread, rlock);
                    return PyValue.FromObject(state);
                }

            case BuiltinId.LockAcquireRestore:
                {
                    var rlock = pos[0].As<PyRLock>();
                    var count = (int)pos[1].As<PyTuple>().Items[0].Int;
                    if (Scheduler.Acquire(thread, rlock, blocking: true))
                    {
                        // Taken at once: Acquire set the count to one. Blocked: the wake-up restores it.
                        rlock.Count = rlock.Owner == thread ? count : rlock.Count;
                        thread.RestoreCount = count;
                    }

                    return PyValue.None;
                }

            case BuiltinId.GetIdent:
                return PyValue.FromInt(Ident(thread));
            case BuiltinId.MainThread:
                return PyValue.FromObject(ThreadObject(Scheduler.Threads[0]));
            case BuiltinId.ActiveCount:
                return PyValue.FromInt(Scheduler.Threads.Count(IsAlive));
            case BuiltinId.EnumerateThreads:
                return PyValue.FromObject(new PyList([.. Scheduler.Threads.Where(IsAlive).Select(t => PyValue.FromObject(ThreadObject(t)))]));
            case BuiltinId.TimeSleep:
                {
                    Expect(builtin, pos, 1, 1, kw);
                    var seconds = PyOps.ToDouble(pos[0]);
                    if (seconds < 0)
                    {
                        throw PythonError.Of(Tags.ValueError, "sleep length must be non-negative");
                    }

                    Scheduler.Sleep(thread, seconds);
                    return PyValue.None;
                }

            case BuiltinId.TimeTime:
                return PyValue.FromFloat(EpochOffset + (ClockOf(thread) / 1e12));
            case BuiltinId.TimeMonotonic:
            case BuiltinId.TimePerfCounter:
                return PyValue.FromFloat(MonotonicOffset + (ClockOf(thread) / 1e12));
        }

        throw PythonError.Of(Tags.TypeError, $"{builtin.Name}() is not supported");
    }

    /// <summary>lock.acquire(blocking=True, timeout=-1), for Lock and RLock.</summary>
    private PyValue LockAcquire(SimThread thread, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var blocking = pos.Length < 2 || PyOps.Truthy(pos[1]);
        var timeout = pos.Length > 2 ? PyOps.ToDouble(pos[2]) : -1;
        if (kw is not null)
        {
            if (kw.TryGetValue("blocking", out var b))
            {
                blocking = PyOps.Truthy(b);
            }

            if (kw.TryGetValue("timeout", out var t))
            {
                timeout = t.IsNone ? -1 : PyOps.ToDouble(t);
            }
        }

        if (!blocking && timeout != -1)
        {
            throw PythonError.Of(Tags.ValueError, "can't specify a timeout for a non-blocking call");
        }

        if (timeout < 0 && timeout != -1)
        {
            throw PythonError.Of(Tags.ValueError, "timeout value must be a non-negative number");
        }

        return PyValue.FromBool(Scheduler.Acquire(thread, pos[0].As<PyLock>(), blocking, timeout));
    }

    private static bool IsAlive(SimThread t) => t.State != Threading.ThreadState.Finished && t.Started;

    /// <summary>threading.get_ident(): a stable number per thread, shaped like a pthread_t.</summary>
    private static long Ident(SimThread thread) => 139_872_000_000_000L + (thread.Id * 8_392_704L);

    /// <summary>The Thread object of a simulated thread; the main thread's is made on first use, named MainThread.</summary>
    private static PyThreadObject ThreadObject(SimThread thread)
    {
        if (thread.Object is null)
        {
            thread.Object = new PyThreadObject(PyValue.None, [], null, thread.Name) { Thread = thread };
        }

        return thread.Object;
    }
}
