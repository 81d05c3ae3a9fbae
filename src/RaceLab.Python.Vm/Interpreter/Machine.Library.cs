using System.Numerics;
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

            case >= BuiltinId.DequeAppend and <= BuiltinId.DequeRemove:
                return DequeMethod(builtin, pos, kw);
            case BuiltinId.HeapPush:
                Expect(builtin, pos, 2, 2, kw);
                Heaps.Push(pos[0].As<PyList>().Items, pos[1]);
                return PyValue.None;
            case BuiltinId.HeapPop:
                Expect(builtin, pos, 1, 1, kw);
                return Heaps.Pop(pos[0].As<PyList>().Items);
            case BuiltinId.HeapIfy:
                Expect(builtin, pos, 1, 1, kw);
                Heaps.Heapify(pos[0].As<PyList>().Items);
                return PyValue.None;
            case BuiltinId.QueuePut:
                Scheduler.QueuePut(thread, pos[0].As<PySimpleQueue>(), pos[1]);
                return PyValue.None;
            case BuiltinId.QueueGet:
                {
                    var block = builtin.Name != "get_nowait" && (pos.Length < 2 || PyOps.Truthy(pos[1]));
                    var timeout = pos.Length > 2 && !pos[2].IsNone ? PyOps.ToDouble(pos[2]) : -1;
                    if (kw is not null)
                    {
                        block = kw.TryGetValue("block", out var b) ? PyOps.Truthy(b) : block;
                        timeout = kw.TryGetValue("timeout", out var t) && !t.IsNone ? PyOps.ToDouble(t) : timeout;
                    }

                    if (timeout < 0 && timeout != -1)
                    {
                        throw PythonError.Of(Tags.ValueError, "'timeout' must be a non-negative number");
                    }

                    return Scheduler.QueueGet(thread, pos[0].As<PySimpleQueue>(), block, timeout);
                }

            case BuiltinId.QueueEmptyMethod:
                return PyValue.FromBool(pos[0].As<PySimpleQueue>().Items.Count == 0);
            case BuiltinId.QueueSize:
                return PyValue.FromInt(pos[0].As<PySimpleQueue>().Items.Count);
            case BuiltinId.SysExit:
                Expect(builtin, pos, 0, 1, kw);
                throw new PythonError(new PyException(Tags.SystemExit, pos.ToArray()));
            case >= BuiltinId.RandomCoreRandom and <= BuiltinId.RandomCoreGetRandBits:
                return RandomFunction(builtin, pos, kw);
            case BuiltinId.IntBitLength:
                Expect(builtin, pos, 1, 1, kw);
                return PyValue.FromInt(pos[0].IsBigInt ? (long)BigInteger.Abs(pos[0].ToBig()).GetBitLength() : 64 - BitOperations.LeadingZeroCount((ulong)Math.Abs(pos[0].Int)));
            case >= BuiltinId.ItertoolsCount and <= BuiltinId.ItertoolsProduct:
                return ItertoolsFunction(builtin, pos, kw);
            case BuiltinId.Callable:
                Expect(builtin, pos, 1, 1, kw);
                return PyValue.FromBool(IsCallable(pos[0]));
            case BuiltinId.Vars:
                Expect(builtin, pos, 0, 1, kw);
                return pos.Length == 0 ? Locals(thread.Top!) : AttributesOf(pos[0]);
            case BuiltinId.ObjectSetAttr:
                Expect(builtin, pos, 3, 3, kw);
                SetAttributeDirectly(pos[0], pos[1], pos[2]);
                return PyValue.None;
            case BuiltinId.DelAttr:
                Expect(builtin, pos, 2, 2, kw);
                DeleteAttribute(pos[0], pos[1].IsString ? pos[1].String : throw PythonError.Of(Tags.TypeError, $"attribute name must be string, not '{PyOps.TypeOf(pos[1]).Name}'"));
                return PyValue.None;
            case BuiltinId.CountElements:
                return CountElements(builtin, pos, kw);
            case BuiltinId.Reduce:
                return Reduce(thread, builtin, pos, kw);
            case BuiltinId.LruCacheWrapper:
                Expect(builtin, pos, 4, 4, kw);
                return MakeLruCache(pos);
            case BuiltinId.CacheInfo:
                Expect(builtin, pos, 1, 1, kw);
                return CacheInfo(pos[0].As<PyLruCache>());
            case BuiltinId.CacheClear:
                {
                    Expect(builtin, pos, 1, 1, kw);
                    var cache = pos[0].As<PyLruCache>();
                    cache.Cache.Items.Clear();
                    cache.Hits = cache.Misses = 0;
                    return PyValue.None;
                }

            case BuiltinId.DescriptorGet:
                // lru_cache_descr_get: through the class (obj None) the wrapper itself, else a method bound to obj.
                Expect(builtin, pos, 2, 3, kw);
                return pos[1].IsNone ? pos[0] : PyValue.FromObject(new PyMethod(pos[1], pos[0]));
            case BuiltinId.CpuCount:
                return PyValue.FromInt(Scheduler.Cores);
            case BuiltinId.RegisterAtExit:
                Expect(builtin, pos, 1, 1, kw);
                _atExit.Add(pos[0]);
                return PyValue.None;
            case BuiltinId.ExceptHook:
                Expect(builtin, pos, 1, 1, kw);
                DefaultExceptHook(thread, pos[0]);
                return PyValue.None;
            case BuiltinId.TimeTime:
                return PyValue.FromFloat(EpochOffset + (ClockOf(thread) / 1e12));
            case BuiltinId.TimeMonotonic:
            case BuiltinId.TimePerfCounter:
                return PyValue.FromFloat(MonotonicOffset + (ClockOf(thread) / 1e12));
            case >= BuiltinId.StreamWrite and <= BuiltinId.TimeStrftime:
                return StreamsAndTracebacks(thread, builtin, pos, kw);
            case >= BuiltinId.StringIOWrite and <= BuiltinId.StringIOExit:
                return StringIOMethod(builtin, pos[0].As<PyStringIO>(), pos[1..], kw);
        }

        throw PythonError.Of(Tags.TypeError, $"{builtin.Name}() is not supported");
    }

    private static PyValue DequeMethod(PyBuiltin builtin, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var deque = pos[0].As<PyDeque>();
        switch (builtin.Id)
        {
            case BuiltinId.DequeAppend:
                Expect(builtin, pos, 2, 2, kw);
                deque.Append(pos[1]);
                return PyValue.None;
            case BuiltinId.DequeAppendLeft:
                Expect(builtin, pos, 2, 2, kw);
                deque.AppendLeft(pos[1]);
                return PyValue.None;
            case BuiltinId.DequePop:
                Expect(builtin, pos, 1, 1, kw);
                return deque.Pop();
            case BuiltinId.DequePopLeft:
                Expect(builtin, pos, 1, 1, kw);
                return deque.PopLeft();
            case BuiltinId.DequeExtend:
                Expect(builtin, pos, 2, 2, kw);
                foreach (var item in Iteration.ToList(pos[1]))
                {
                    deque.Append(item);
                }

                return PyValue.None;
            case BuiltinId.DequeClear:
                deque.Clear();
                return PyValue.None;
            default:
                Expect(builtin, pos, 2, 2, kw);
                return deque.Remove(pos[1]) ? PyValue.None : throw PythonError.Of(Tags.ValueError, $"{PyFormat.Repr(pos[1])} is not in deque");
        }
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

    /// <summary>threading._register_atexit's callbacks: the main thread runs them, last first, when its module ends.</summary>
    private List<PyValue> _atExit = [];

    /// <summary>The main thread's exception, kept while it runs the exit callbacks.</summary>
    private PyException? _mainUncaught;

    /// <summary>
    /// The main thread's module code ended: before CPython's threading._shutdown joins the other threads it
    /// runs threading's exit callbacks (concurrent.futures stops its workers there). Pushes the next one as
    /// the main thread's frame; false when none is left (the main thread then ends).
    /// </summary>
    public bool EnterAtExit(SimThread main)
    {
        if (_atExit.Count == 0)
        {
            if (_mainUncaught is not null)
            {
                main.Uncaught = _mainUncaught;
                _mainUncaught = null;
            }

            return false;
        }

        if (main.Uncaught is not null)
        {
            _mainUncaught ??= main.Uncaught;
            main.Uncaught = null;
        }

        var callback = _atExit[^1];
        _atExit.RemoveAt(_atExit.Count - 1);
        if (callback.Ref is not PyFunction function)
        {
            return EnterAtExit(main);
        }

        var frame = main.RentFrame();
        frame.Reset(function.Code, isModule: false);
        BindArguments(frame, function, [], null);
        main.Top = frame;
        return true;
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
