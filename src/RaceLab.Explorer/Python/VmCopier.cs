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
    private readonly Dictionary<object, object> _copies = new(ReferenceEqualityComparer.Instance);
    private readonly List<SimThread> _threads = [];

    public LiveRun Copy(LiveRun source)
    {
        foreach (var thread in source.Threads)
        {
            var copy = new SimThread(thread.Id, thread.Name);
            _copies[thread] = copy;
            _threads.Add(copy);
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

    private SimThread? Thread(SimThread? thread) => thread is null ? null : (SimThread)_copies[thread];

    private void CopyThread(SimThread from, SimThread to)
    {
        to.State = from.State;
        to.Clock = from.Clock;
        to.EventTime = from.EventTime;
        to.WaitSwitchNumber = from.WaitSwitchNumber;
        to.BlockedOnLock = (PyLock?)Object(from.BlockedOnLock);
        to.BlockedOnThread = Thread(from.BlockedOnThread);
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
        to.LoadedSeq = (long[])from.LoadedSeq.Clone();
        to.LoadedDepth = (long[])from.LoadedDepth.Clone();
        to.SeenSeq = (long[])from.SeenSeq.Clone();
        to.LoadedAt = (RaceLab.Python.Vm.Accounting.LoadRecord[])from.LoadedAt.Clone();
        to.SliceEnd = from.SliceEnd;
        var chain = new List<Frame>();
        for (var frame = from.Top; frame is not null; frame = frame.Back)
        {
            chain.Add(frame);
        }

        chain.Reverse();
        var copies = new List<Frame>(chain.Count);
        foreach (var frame in chain)
        {
            copies.Add(CopyFrame(frame, copies.Count > 0 ? copies[^1] : null));
        }

        to.AdoptFrames(copies);
    }

    private Frame CopyFrame(Frame from, Frame? back)
    {
        var to = new Frame
        {
            Code = from.Code,
            Slots = new PyValue[from.Slots.Length],
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

        if (_copies.TryGetValue(obj, out var done))
        {
            return done;
        }

        switch (obj)
        {
            case PyList list:
                {
                    var copy = new PyList(new List<PyValue>(list.Items.Count));
                    _copies[obj] = copy;
                    foreach (var item in list.Items)
                    {
                        copy.Items.Add(Value(item));
                    }

                    return copy;
                }

            case PyTuple tuple:
                {
                    var items = new PyValue[tuple.Items.Length];
                    var copy = new PyTuple(items);
                    _copies[obj] = copy;
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = Value(tuple.Items[i]);
                    }

                    return copy;
                }

            case PyDict dict:
                {
                    var copy = new PyDict();
                    _copies[obj] = copy;
                    copy.Items.AddRange(dict.Items.Select(p => new KeyValuePair<PyValue, PyValue>(Value(p.Key), Value(p.Value))));
                    return copy;
                }

            case PyCell cell:
                {
                    var copy = new PyCell();
                    _copies[obj] = copy;
                    copy.Value = Value(cell.Value);
                    return copy;
                }

            case PyFunction function:
                {
                    var copy = new PyFunction(function.Code, function.QualifiedName);
                    _copies[obj] = copy;
                    copy.Defaults = [.. function.Defaults.Select(Value)];
                    copy.KeywordDefaults = (PyDict?)Object(function.KeywordDefaults);
                    copy.Closure = Cells(function.Closure);
                    return copy;
                }

            case PyRangeIterator range:
                return _copies[obj] = new PyRangeIterator(range.Next, range.Remaining, range.Step);
            case PySequenceIterator sequence:
                {
                    var source = sequence.Source ?? throw new InvalidOperationException("an iterator without a source cannot be copied");
                    var over = source is string text ? PyValue.FromString(text) : PyValue.FromObject(Object(source)!);
                    var copy = (PySequenceIterator)Iteration.GetIter(over).Ref!;
                    copy.Seek(sequence.Position);
                    copy.Limit = sequence.Limit;
                    return _copies[obj] = copy;
                }

            case PyThreadObject threadObject:
                {
                    var copy = new PyThreadObject(Value(threadObject.Target), [.. threadObject.Args.Select(Value)], (PyDict?)Object(threadObject.Kwargs), threadObject.Name);
                    _copies[obj] = copy;
                    copy.Thread = Thread(threadObject.Thread);
                    return copy;
                }

            case PyLock lockObject:
                {
                    var copy = new PyLock { Owner = Thread(lockObject.Owner) };
                    _copies[obj] = copy;
                    copy.Blocked.AddRange(lockObject.Blocked.Select(t => Thread(t)!));
                    copy.ExitMethod = (PyBoundMethod?)Object(lockObject.ExitMethod);
                    return copy;
                }

            case PyBoundMethod method:
                {
                    var copy = new PyBoundMethod(Value(method.Self), method.Function);
                    return _copies[obj] = copy;
                }

            case PyException exception:
                {
                    var copy = new PyException(exception.Type, [.. exception.Args.Select(Value)]);
                    _copies[obj] = copy;
                    copy.Traceback.AddRange(exception.Traceback);
                    return copy;
                }

            case PySlice slice:
                return _copies[obj] = new PySlice(Value(slice.Start), Value(slice.Stop), Value(slice.Step));
            case PyRange or PyModule or PyBuiltin or PyType or PyEllipsis or CompiledCode:
                return obj;
            default:
                throw new InvalidOperationException($"the explorer cannot copy a {obj.GetType().Name}");
        }
    }
}
