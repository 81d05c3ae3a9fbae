using RaceLab.Python.Vm.Interpreter;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Explorer.Python;

/// <summary>
/// Deep-copies a live VM run (globals, output, threads with their frames and stacks, and every heap object
/// they reach, sharing preserved) so the explorer can branch from a state without re-running its steps.
/// Immutable objects (code, ranges, modules, builtins, types, strings, big ints) are shared.
/// </summary>
internal sealed class VmCopier
{
    private readonly List<SimThread> _threads = [];
    private readonly long _walk = PyHeapObject.NewWalk();

    public LiveRun Copy(LiveRun source)
    {
        foreach (var thread in source.Threads)
        {
            // A thread's id is its index in the list of threads.
            _threads.Add(new SimThread(thread.Id, thread.Name));
        }

        var machine = source.Machine.CopyForExploration(Value);
        // sys.setswitchinterval is program state too: getswitchinterval() must read back what was set.
        var scheduler = new Scheduler(machine, 1, source.Scheduler.IntervalSeconds, source.Scheduler.FreeThreaded, 1) { Exploring = true, DeferJoins = source.Scheduler.DeferJoins };
        machine.Scheduler = scheduler;
        for (var i = 0; i < _threads.Count; i++)
        {
            CopyThread(source.Threads[i], _threads[i]);
            scheduler.Threads.Add(_threads[i]);
        }

        return new LiveRun(machine, scheduler);
    }

    private SimThread? Thread(SimThread? thread) => thread is null ? null : _threads[thread.Id];

    private void CopyThread(SimThread from, SimThread to)
    {
        to.State = from.State;
        to.Clock = from.Clock;
        to.EventTime = from.EventTime;
        to.WaitSwitchNumber = from.WaitSwitchNumber;
        to.BlockedOnLock = (PyLock?)Object(from.BlockedOnLock);
        to.BlockedOnThread = Thread(from.BlockedOnThread);
        to.Deadline = from.Deadline;
        to.BlockedOnQueue = (PySimpleQueue?)Object(from.BlockedOnQueue);
        to.PendingRaise = (PyException?)Object(from.PendingRaise);
        to.Sleeping = from.Sleeping;
        to.RestoreCount = from.RestoreCount;
        foreach (var joiner in from.Joiners)
        {
            to.Joiners.Add(Thread(joiner)!);
        }

        foreach (var pending in from.PendingJoins)
        {
            to.PendingJoins.Add(Thread(pending)!);
        }

        to.Starter = Thread(from.Starter);
        to.Started = from.Started;
        to.Object = (PyThreadObject?)Object(from.Object);
        to.Instructions = from.Instructions;
        to.StartTime = from.StartTime;
        to.EndTime = from.EndTime;
        to.Uncaught = (PyException?)Object(from.Uncaught);

        // Lost-update and cache-line bookkeeping only feed sim's accounting and timing, which the explorer
        // never reads: every snapshot of a thread shares one set (a third of a snapshot's bytes otherwise).
        to.LoadedSeq = from.LoadedSeq;
        to.LoadedDepth = from.LoadedDepth;
        to.SeenSeq = from.SeenSeq;
        to.LoadedAt = from.LoadedAt;
        to.SliceEnd = from.SliceEnd;
        if (from.Top is null)
        {
            return;
        }

        var depth = 0;
        for (var frame = from.Top; frame is not null; frame = frame.Back)
        {
            depth++;
        }

        var copies = new Frame[depth];
        var at = depth;
        for (var frame = from.Top; frame is not null; frame = frame.Back)
        {
            copies[--at] = frame;
        }

        // Outermost first, each copy's Back the copy before it. A running generator's frame is its generator's
        // (copied with it, so that both share one copy).
        for (var i = 0; i < depth; i++)
        {
            var back = i > 0 ? copies[i - 1] : null;
            if (copies[i].Generator is { } generator)
            {
                var copy = ((PyGenerator)Object(generator)!).Frame;
                copy.Back = back;
                copies[i] = copy;
            }
            else
            {
                copies[i] = CopyFrame(copies[i], back);
            }
        }

        to.AdoptFrames(copies);
    }

    private Frame CopyFrame(Frame from, Frame? back)
    {
        var to = new Frame
        {
            Code = from.Code,
            Slots = new PyValue[Math.Min(from.Slots.Length, from.Code.SlotCount + from.Code.StackSize + 4)],
            Sp = from.Sp,
            Pc = from.Pc,
            Back = back,
            IsModule = from.IsModule,
            Closure = Cells(from.Closure),
            KwNames = (PyTuple?)Object(from.KwNames),
            Handling = Value(from.Handling),
            LoopIterations = from.LoopIterations is null ? null : new SortedDictionary<int, int>(from.LoopIterations),
        };
        // Locals and the live stack only: slots above Sp hold stale values (a popped code object, say).
        for (var i = 0; i < from.Sp; i++)
        {
            to.Slots[i] = Value(from.Slots[i]);
        }

        to.Blocks.AddRange(from.Blocks);
        if (from.Namespace is not null)
        {
            to.Namespace = new(StringComparer.Ordinal);
            CopyInto(from.Namespace, to.Namespace);
        }

        to.Result = from.Result;
        to.ResultPayload = from.ResultPayload switch
        {
            PyValue instance => Value(instance),
            ValueTuple<string, PyType[]>(var name, var bases) => (name, bases.Select(b => (PyType)Object(b)!).ToArray()),
            NativeTask task => task.Copy(Value),
            var other => other,
        };
        return to;
    }

    private PyCell[] Cells(PyCell[] cells)
    {
        if (cells.Length == 0)
        {
            return cells;
        }

        var copies = new PyCell[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            copies[i] = (PyCell)Object(cells[i])!;
        }

        return copies;
    }

    private void CopyInto(Dictionary<string, PyValue>? from, Dictionary<string, PyValue>? to)
    {
        if (from is null || to is null)
        {
            return;
        }

        foreach (var (name, value) in from)
        {
            to[name] = Value(value);
        }
    }

    private PyValue[] Values(PyValue[] values)
    {
        if (values.Length == 0)
        {
            return values;
        }

        var copies = new PyValue[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            copies[i] = Value(values[i]);
        }

        return copies;
    }

    /// <summary>A dict, list or tuple of a subclass: its class (the copy's own) and its attributes.</summary>
    private void CopySubclass(PyClass? type, Dictionary<string, PyValue>? names, Action<PyClass> setClass, Action<Dictionary<string, PyValue>> setDict)
    {
        if (type is null)
        {
            return;
        }

        setClass((PyClass)Object(type)!);
        if (names is not null)
        {
            var copy = new Dictionary<string, PyValue>(StringComparer.Ordinal);
            setDict(copy);
            CopyInto(names, copy);
        }
    }

    /// <summary>A tuple of numbers, strings, None and such tuples (of no class of the program's): its identity is never observed.</summary>
    internal static bool IsImmutable(PyTuple tuple)
    {
        if (tuple.Class is not null)
        {
            return false;
        }

        foreach (var item in tuple.Items)
        {
            var immutable = item.Ref switch
            {
                null or string or PyBigInt => true,
                PyTuple inner => IsImmutable(inner),
                _ => false,
            };
            if (!immutable)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Marks the original as copied in this walk, so every other reference to it gets the same copy.</summary>
    private object Remember(object original, object copy)
    {
        var heap = (PyHeapObject)original;
        heap.WalkMark = _walk;
        heap.WalkCopy = copy;
        return copy;
    }

    public PyValue Value(PyValue value) =>
        value.Ref is null or string or PyBigInt || value.IsInt || value.IsBool || value.IsFloat || value.IsNone
            ? value
            : PyValue.FromObject(Object(value.Ref)!);

    private object? Object(object? obj)
    {
        if (obj is null)
        {
            return null;
        }

        if (obj is PyHeapObject { } heap && heap.WalkMark == _walk)
        {
            return heap.WalkCopy;
        }

        switch (obj)
        {
            case PyList list:
                {
                    var copy = new PyList(new List<PyValue>(list.Items.Count));
                    Remember(obj, copy);
                    foreach (var item in list.Items)
                    {
                        copy.Items.Add(Value(item));
                    }

                    CopySubclass(list.Class, list.Dict, c => copy.Class = c, d => copy.Dict = d);
                    return copy;
                }

            case PySimpleQueue queue:
                {
                    var copy = new PySimpleQueue();
                    Remember(obj, copy);
                    foreach (var item in queue.Items.Items)
                    {
                        copy.Items.Append(Value(item));
                    }

                    foreach (var getter in queue.Getters)
                    {
                        copy.Getters.Add(Thread(getter)!);
                    }

                    return copy;
                }

            case RaceLab.Python.Vm.Values.Itertools.PyNativeIterator native:
                {
                    var copy = native.Rebuild([.. native.Parts.Select(Value)], native.Counters);
                    return Remember(obj, copy);
                }

            case PyThreadLocal local:
                {
                    var copy = new PyThreadLocal();
                    Remember(obj, copy);
                    foreach (var (threadId, dict) in local.PerThread)
                    {
                        var own = copy.For(threadId);
                        foreach (var (name, value) in dict)
                        {
                            own[name] = Value(value);
                        }
                    }

                    return copy;
                }

            case PyRandomCore core:
                {
                    var copy = new PyRandomCore(core.Generator.Clone());
                    Remember(obj, copy);
                    return copy;
                }

            case PyDeque deque:
                {
                    var copy = new PyDeque(deque.MaxLength);
                    Remember(obj, copy);
                    foreach (var item in deque.Items)
                    {
                        copy.Append(Value(item));
                    }

                    return copy;
                }

            // Immutable all the way down (constants, the shared empty tuple): nothing to copy, and no mark on
            // an object other VMs share.
            case PyTuple tuple when IsImmutable(tuple):
                return tuple;
            case PyTuple tuple:
                {
                    var items = new PyValue[tuple.Items.Length];
                    var copy = new PyTuple(items) { Shape = tuple.Shape };
                    Remember(obj, copy);
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = Value(tuple.Items[i]);
                    }

                    CopySubclass(tuple.Class, tuple.Dict, c => copy.Class = c, d => copy.Dict = d);
                    return copy;
                }

            case PyDict dict:
                {
                    var copy = new PyDict();
                    Remember(obj, copy);
                    copy.DefaultFactory = Value(dict.DefaultFactory);
                    copy.Items.AddRange(dict.Items.Select(p => new KeyValuePair<PyValue, PyValue>(Value(p.Key), Value(p.Value))));
                    CopySubclass(dict.Class, dict.Dict, c => copy.Class = c, d => copy.Dict = d);
                    return copy;
                }

            case PySet set:
                {
                    // Elements are hashable, so immutable or compared by identity: copied as values.
                    var copy = new PySet(set.Frozen);
                    Remember(obj, copy);
                    foreach (var item in set.Items)
                    {
                        copy.Add(Value(item));
                    }

                    CopySubclass(set.Class, set.Dict, c => copy.Class = c, d => copy.Dict = d);
                    return copy;
                }

            case PyCell cell:
                {
                    var copy = new PyCell();
                    Remember(obj, copy);
                    copy.Value = Value(cell.Value);
                    return copy;
                }

            case PyFunction function:
                {
                    var copy = new PyFunction(function.Code, function.QualifiedName);
                    Remember(obj, copy);
                    copy.Defaults = Values(function.Defaults);
                    copy.KeywordDefaults = (PyDict?)Object(function.KeywordDefaults);
                    copy.Annotations = (PyDict?)Object(function.Annotations);
                    copy.Closure = Cells(function.Closure);
                    (copy.Name, copy.Doc, copy.ModuleName, copy.TypeParams) = (function.Name, Value(function.Doc), Value(function.ModuleName), Value(function.TypeParams));
                    if (function.Dict is not null)
                    {
                        copy.Dict = new(StringComparer.Ordinal);
                        CopyInto(function.Dict, copy.Dict);
                    }

                    return copy;
                }

            case PyRangeIterator range:
                return Remember(obj, new PyRangeIterator(range.Next, range.Remaining, range.Step));
            case PySequenceIterator sequence:
                {
                    var source = sequence.Source ?? throw new InvalidOperationException("an iterator without a source cannot be copied");
                    var over = source is string text ? PyValue.FromString(text) : PyValue.FromObject(Object(source)!);
                    var copy = (PySequenceIterator)Iteration.GetIter(over).Ref!;
                    copy.Seek(sequence.Position);
                    copy.Limit = sequence.Limit;
                    return Remember(obj, copy);
                }

            case PyThreadObject threadObject:
                {
                    var copy = new PyThreadObject(Value(threadObject.Target), Values(threadObject.Args), (PyDict?)Object(threadObject.Kwargs), threadObject.Name)
                    {
                        Class = (PyClass?)Object(threadObject.Class),
                        Dict = threadObject.Dict is null ? null : new(StringComparer.Ordinal),
                        Daemon = threadObject.Daemon,
                        Initialized = threadObject.Initialized,
                    };
                    Remember(obj, copy);
                    CopyInto(threadObject.Dict, copy.Dict);
                    copy.Thread = Thread(threadObject.Thread);
                    return copy;
                }

            // A class is mutable (class attributes): copied like any object, its bases first (never cyclic).
            case PyClass type:
                {
                    var bases = type.Bases.Select(b => (PyType)Object(b)!).ToArray();
                    var copy = new PyClass(type.Name, type.QualifiedName, bases, new(StringComparer.Ordinal));
                    Remember(obj, copy);
                    CopyInto(type.Dict, copy.Dict);
                    return copy;
                }

            case PyInstance instance:
                {
                    var copy = new PyInstance((PyClass)Object(instance.Class)!) { StoredHash = instance.StoredHash, Address = instance.Address, NativeValue = instance.NativeValue };
                    Remember(obj, copy);
                    foreach (var (name, value) in instance.GetAttributes())
                    {
                        copy.SetAttribute(name, Value(value));
                    }

                    return copy;
                }

            case PyStaticMethod staticMethod:
                return Remember(obj, new PyStaticMethod(Value(staticMethod.Function)));
            case PyClassMethod classMethod:
                return Remember(obj, new PyClassMethod(Value(classMethod.Function)));
            case PyProperty property:
                return Remember(obj, new PyProperty((PyFunction?)Object(property.Getter), (PyFunction?)Object(property.Setter)));
            case PyMethod method:
                return Remember(obj, new PyMethod(Value(method.Self), Value(method.Callable)));
            case PySuper super:
                return Remember(obj, new PySuper((PyType)Object(super.After)!, Value(super.Self)));
            case PyAttributeDict view:
                return Remember(obj, new PyAttributeDict((PyHeapObject)Object(view.Owner)!));
            case PyDictView view:
                return Remember(obj, new PyDictView((PyDict)Object(view.Dict)!, view.Kind));
            case PyPlainObject:
                return Remember(obj, new PyPlainObject());
            case PyDictProxy proxy:
                {
                    var copy = new PyDictProxy(new(StringComparer.Ordinal));
                    Remember(obj, copy);
                    CopyInto(proxy.Namespace, copy.Namespace);
                    return copy;
                }

            case PyLock lockObject:
                {
                    var copy = lockObject is PyRLock reentrant
                        ? new PyRLock { Owner = Thread(lockObject.Owner), Count = reentrant.Count }
                        : new PyLock { Owner = Thread(lockObject.Owner) };
                    copy.AcquiredIn = lockObject.AcquiredIn;
                    copy.AcquiredAt = lockObject.AcquiredAt;
                    Remember(obj, copy);
                    foreach (var blocked in lockObject.Blocked)
                    {
                        copy.Blocked.Add(Thread(blocked)!);
                    }

                    copy.ExitMethod = (PyBoundMethod?)Object(lockObject.ExitMethod);
                    return copy;
                }

            case PyBoundMethod method:
                {
                    var copy = new PyBoundMethod(Value(method.Self), method.Function);
                    return Remember(obj, copy);
                }

            case PyException exception:
                {
                    var copy = new PyException((PyType)Object(exception.Type)!, [.. exception.Args.Select(Value)])
                    {
                        SuppressContext = exception.SuppressContext,
                        Dict = exception.Dict is null ? null : new(StringComparer.Ordinal),
                    };
                    Remember(obj, copy);
                    copy.Traceback.AddRange(exception.Traceback);
                    CopyInto(exception.Dict, copy.Dict);
                    copy.Cause = (PyException?)Object(exception.Cause);
                    copy.Context = (PyException?)Object(exception.Context);
                    return copy;
                }

            case PyPartial partial:
                return Remember(obj, new PyPartial(Value(partial.Function), Values(partial.Args), (PyDict)Object(partial.Keywords)!));
            case PyLruCache cache:
                {
                    var copy = new PyLruCache(Value(cache.Function), cache.MaxSize, cache.Typed) { Hits = cache.Hits, Misses = cache.Misses };
                    Remember(obj, copy);
                    copy.Cache.Items.AddRange(cache.Cache.Items.Select(p => new KeyValuePair<PyValue, PyValue>(Value(p.Key), Value(p.Value))));
                    CopyInto(cache.Dict, copy.Dict);
                    return copy;
                }

            case PySlice slice:
                return Remember(obj, new PySlice(Value(slice.Start), Value(slice.Stop), Value(slice.Step)));
            case PyGenerator generator:
                {
                    // Its frame's Back is set by the thread whose stack it is on, if it is running.
                    var copy = new PyGenerator(null!, generator.Name, generator.QualifiedName)
                    {
                        Started = generator.Started,
                        Running = generator.Running,
                        Finished = generator.Finished,
                    };
                    Remember(obj, copy);
                    copy.Frame = CopyFrame(generator.Frame, null);
                    copy.Frame.Generator = copy;
                    return copy;
                }

            case PyRange or PyModule or PyBuiltin or PyType or PyEllipsis or PyNotImplemented or PyTextStream or CompiledCode:
                return obj;
            default:
                throw new InvalidOperationException($"the explorer cannot copy a {obj.GetType().Name}");
        }
    }
}
