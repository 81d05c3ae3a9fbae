using System.Globalization;
using RaceLab.Explorer.Machines;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;
using ThreadState = RaceLab.Python.Vm.Threading.ThreadState;

namespace RaceLab.Explorer.Python;

/// <summary>
/// Serialises the whole VM state for the visited-state table: output so far, globals, every thread's frames
/// (code, program counter, value stack, locals, block stack), and the heap they reach (lists, dicts,
/// iterators, cells, thread objects, locks and their owners), objects by first-visit identity so sharing is
/// preserved, threads by their canonical position. Timing and statistics are left out: they do not change
/// what a thread does next under the explorer.
/// </summary>
internal sealed class StateKeys(LiveGlobals liveGlobals)
{
    private long _walk;
    private int _visited;
    private StateKeyWriter _writer = null!;
    private LiveRun _live = null!;
    private int[]? _positions;
    private readonly List<int> _pending = [];
    private SimThread? _self;

    // Writing parts (WriteParts): each thread's symmetry class and how many threads have it, the first walk
    // of this state (an object marked by a walk since then belongs to an earlier part), and whether the part
    // being written named a thread or could not be written as a part at all.
    private int[]? _classes;
    private int[] _classSizes = [];
    private long _firstWalk;
    private bool _namedThread;
    private bool _split;

    /// <summary>Starts a key of the whole state, threads named by <paramref name="positions"/>[thread id].</summary>
    public StateKeys ForState(StateKeyWriter target, LiveRun run, int[] positions)
    {
        Begin(target, run);
        _positions = positions;
        return this;
    }

    /// <summary>Starts a key of one thread's own state: other threads are only "another thread".</summary>
    public StateKeys ForThread(StateKeyWriter target, LiveRun run, SimThread self)
    {
        Begin(target, run);
        _positions = null;
        _self = self;
        return this;
    }

    private void Begin(StateKeyWriter target, LiveRun run)
    {
        _writer = target;
        _live = run;
        _walk = PyHeapObject.NewWalk();
        _visited = 0;
    }

    private int Position(SimThread thread)
    {
        if (_classes is { } classes)
        {
            // A part names a thread by its class, which is only a name when no other thread has it.
            _namedThread = true;
            _split &= _classSizes[classes[thread.Id]] == 1;
            return -1 - classes[thread.Id];
        }

        return _positions is { } positions ? positions[thread.Id] : thread == _self ? 0 : 1;
    }

    /// <summary>
    /// Writes the state as parts (<see cref="StateParts"/>): the machine's part, then each thread's, every part
    /// numbering its objects afresh. Returns false when a part reaches an object of another part or names a
    /// thread that shares its class with others: then the parts would not add up to the state.
    /// </summary>
    public bool WriteParts(LiveRun run, int[] classes, StateParts parts)
    {
        _classes = classes;
        if (_classSizes.Length <= classes.Max())
        {
            _classSizes = new int[classes.Max() + 1];
        }

        Array.Clear(_classSizes);
        foreach (var c in classes.AsSpan(0, run.Threads.Count))
        {
            _classSizes[c]++;
        }

        _split = true;
        _firstWalk = PyHeapObject.NewWalk();
        try
        {
            BeginPart(parts.Shared, run);
            WriteMachine();
            parts.SharedSelfContained = !_namedThread;
            for (var t = 0; t < run.Threads.Count && _split; t++)
            {
                var thread = run.Threads[t];
                var part = parts.Thread(t);
                BeginPart(part.Key, run);
                part.SymmetryClass = classes[t];
                WriteThread(thread);
                WriteJoiners(thread, part);
                part.SelfContained = !_namedThread;
            }

            return _split;
        }
        finally
        {
            _classes = null;
        }
    }

    private void BeginPart(StateKeyWriter target, LiveRun run)
    {
        Begin(target, run);
        _namedThread = false;
    }

    /// <summary>
    /// A thread's part says which joiners still wait for it, by class (the joiner's part says nothing: once
    /// the threads it joined ended, a joiner is as if it had never waited). The explorer holds a joiner back
    /// while a thread marked with its class runs.
    /// </summary>
    private void WriteJoiners(SimThread thread, ThreadPart part)
    {
        if (thread.State != ThreadState.Finished)
        {
            foreach (var joiner in _live.Threads)
            {
                if (joiner.PendingJoins.Contains(thread))
                {
                    part.JoinedBy.Add(_classes![joiner.Id]);
                    _split &= _classSizes[_classes[joiner.Id]] == 1;
                }
            }
        }

        part.JoinedBy.Sort();
        _writer.Write(part.JoinedBy.Count);
        foreach (var joiner in part.JoinedBy)
        {
            _writer.Write(joiner);
        }
    }

    public void WriteMachine()
    {
        var machine = _live.Machine;
        _writer.Write(machine.Stdout);
        _writer.Write(BitConverter.DoubleToInt64Bits(_live.Scheduler.IntervalSeconds));
        var dead = liveGlobals.Dead(_live.Threads[0]);
        for (var slot = 0; slot < machine.GlobalCount; slot++)
        {
            var value = machine.Global(slot);
            if (slot < 64 && (dead & (1UL << slot)) != 0 && !PythonMachine.IsData(value))
            {
                // Nothing will read it, and it is not part of the outcome.
                _writer.Write(-2);
            }
            else
            {
                WriteValue(value);
            }
        }

        // 3.11+ specialization warm-up is shared, and decides whether some calls poll.
        var warm = machine.Specializes ? machine.WarmCounters : [];
        for (var code = 0; code < warm.Length; code++)
        {
            for (var pc = 0; pc < warm[code].Length; pc++)
            {
                if (warm[code][pc] != 0)
                {
                    _writer.Write(code);
                    _writer.Write(pc);
                    _writer.Write(Math.Min(warm[code][pc], machine.WarmThreshold));
                }
            }
        }

        _writer.Write(-1);
    }

    public void WriteThread(SimThread thread)
    {
        _writer.Write(thread.Started ? 1 : 0);
        switch (thread.State)
        {
            case ThreadState.Finished:
                _writer.Write(0);
                break;
            case ThreadState.Blocked when thread.BlockedOnLock is { } lockObject:
                _writer.Write(1);
                WriteObject(lockObject);
                _writer.Write(thread.Deadline != long.MaxValue ? 1 : 0);
                _writer.Write(thread.RestoreCount);
                break;
            case ThreadState.Blocked when thread.BlockedOnQueue is { } queue:
                _writer.Write(5);
                WriteObject(queue);
                _writer.Write(thread.Deadline != long.MaxValue ? 1 : 0);
                break;
            case ThreadState.Blocked when thread.Sleeping:
                _writer.Write(4);
                break;
            case ThreadState.Blocked:
                _writer.Write(2);
                _writer.Write(thread.BlockedOnThread is { } other ? Position(other) : -1);
                break;
            default:
                _writer.Write(3);
                break;
        }

        WritePendingJoins(thread);
        _writer.Write(thread.Uncaught is { } uncaught ? uncaught.Type.Name : string.Empty);
        _writer.Write(thread.Depth);
        for (var frame = thread.Top; frame is not null; frame = frame.Back)
        {
            if (frame.Generator is { } generator)
            {
                // A running generator's frame is its generator's: written with it, once, wherever it is reached.
                _writer.Write(-3);
                WriteObject(generator);
                continue;
            }

            WriteFrame(frame);
        }
    }

    private void WriteFrame(RaceLab.Python.Vm.Interpreter.Frame frame)
    {
        _writer.Write(frame.Code.Id);
        _writer.Write(frame.Pc);
        _writer.Write(frame.Sp);
        for (var i = 0; i < frame.Sp; i++)
        {
            if (LiveLocals.IsLive(frame.Code, frame.Pc, i))
            {
                WriteValue(frame.Slots[i]);
            }
            else
            {
                // A dead local: whatever it holds, nothing will read it.
                _writer.Write(-2);
            }
        }

        _writer.Write(frame.Blocks.Count);
        foreach (var (handler, level) in frame.Blocks)
        {
            _writer.Write(handler);
            _writer.Write(level);
        }

        WriteValue(frame.Handling);
        _writer.Write(frame.LoopIterations?.Count ?? 0);
        foreach (var (head, taken) in frame.LoopIterations ?? [])
        {
            _writer.Write(head);
            _writer.Write(taken);
        }

        _writer.Write(frame.Closure.Length);
        foreach (var cell in frame.Closure)
        {
            WriteObject(cell);
        }

        if (frame.Result >= RaceLab.Python.Vm.Interpreter.FrameResult.Task)
        {
            // How the frame's yield or return reaches its resumer, and a built-in's work in progress.
            _writer.Write((int)frame.Result);
            if (frame.ResultPayload is RaceLab.Python.Vm.Interpreter.NativeTask task)
            {
                _writer.Write((int)task.Kind);
                _writer.Write(task.Index);
                WriteValues([.. task.Values()]);
            }
        }
    }

    /// <summary>
    /// The threads it still waits for, as a set (sorted positions): in which order they were joined does not
    /// matter once the joins are deferred, which lets symmetric workers joined in a fixed order be merged.
    /// </summary>
    private void WritePendingJoins(SimThread thread)
    {
        if (_classes is not null)
        {
            // As parts, the threads joined carry the mark instead (WriteJoiners).
            return;
        }

        _pending.Clear();
        foreach (var target in thread.PendingJoins)
        {
            if (target.State != ThreadState.Finished)
            {
                _pending.Add(Position(target));
            }
        }

        _pending.Sort();
        _writer.Write(_pending.Count);
        foreach (var position in _pending)
        {
            _writer.Write(position);
        }
    }

    private void WriteValue(PyValue value)
    {
        switch (value.Ref)
        {
            case null:
                _writer.Write(0);
                return;
            case string text:
                _writer.Write(5);
                _writer.Write(text);
                return;
            case PyBigInt big:
                _writer.Write(6);
                _writer.Write(big.Value.ToString(CultureInfo.InvariantCulture));
                return;
        }

        if (value.IsInt || value.IsBool || value.IsFloat || value.IsNone)
        {
            _writer.Write(value.IsInt ? 1 : value.IsBool ? 2 : value.IsFloat ? 3 : 4);
            _writer.Write(value.Bits);
            return;
        }

        WriteObject(value.Ref);
    }

    private void WriteObject(object obj)
    {
        // Built-in types are heap objects too but shared by every VM (and walked on several cores at once):
        // they are written by name, never marked. Classes of the program's own are per-VM state like any object.
        var sharedType = obj is PyType and not PyClass;
        if (obj is PyHeapObject heap && !sharedType && !(obj is PyTuple constant && VmCopier.IsImmutable(constant)))
        {
            // Objects by first-visit identity, so sharing is part of the key.
            if (heap.WalkMark != _walk && heap.WalkMark >= _firstWalk && _classes is not null)
            {
                // Reached from an earlier part too: the parts share it.
                _split = false;
            }

            if (heap.WalkMark == _walk)
            {
                _writer.Write(7);
                _writer.Write(heap.WalkId);
                return;
            }

            heap.WalkMark = _walk;
            heap.WalkId = _visited++;
        }

        switch (obj)
        {
            case PyList list:
                _writer.Write(10);
                WriteValues(list.Items);
                WriteSubclass(list.Class, list.Dict);
                break;
            case PySimpleQueue queue:
                _writer.Write(41);
                WriteValues([.. queue.Items.Items]);
                _writer.Write(queue.Getters.Count);
                foreach (var getter in queue.Getters)
                {
                    _writer.Write(Position(getter));
                }

                break;
            case RaceLab.Python.Vm.Values.Itertools.PyNativeIterator native:
                _writer.Write(43);
                _writer.Write(native.Type.Name);
                foreach (var counter in native.Counters)
                {
                    _writer.Write(counter);
                }

                WriteValues(native.Parts);
                break;
            case PyThreadLocal local:
                _writer.Write(42);
                _writer.Write(local.PerThread.Count);
                foreach (var (threadId, dict) in local.PerThread)
                {
                    _writer.Write(threadId);
                    _writer.Write(dict.Count);
                    foreach (var (name, value) in dict.OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        _writer.Write(name);
                        WriteValues([value]);
                    }
                }

                break;
            case PyRandomCore core:
                _writer.Write(41);
                foreach (var word in core.Generator.State())
                {
                    _writer.Write(word);
                }

                break;
            case PyDeque deque:
                _writer.Write(40);
                _writer.Write(deque.MaxLength ?? -1);
                WriteValues([.. deque.Items]);
                break;
            case PyTuple tuple:
                _writer.Write(11);
                WriteValues(tuple.Items);
                WriteSubclass(tuple.Class, tuple.Dict);
                break;
            case PyDict dict:
                _writer.Write(dict.IsDefaultDict ? 44 : 12);
                if (dict.IsDefaultDict)
                {
                    WriteValue(dict.DefaultFactory);
                }

                _writer.Write(dict.Items.Count);
                foreach (var (key, item) in dict.Items)
                {
                    WriteValue(key);
                    WriteValue(item);
                }

                WriteSubclass(dict.Class, dict.Dict);

                break;
            case PySet set:
                _writer.Write(set.Frozen ? 35 : 34);
                WriteValues([.. set.Items]);
                WriteSubclass(set.Class, set.Dict);
                break;
            case PyRange range:
                _writer.Write(13);
                _writer.Write(range.Start);
                _writer.Write(range.Stop);
                _writer.Write(range.Step);
                break;
            case PyRangeIterator iterator:
                _writer.Write(14);
                _writer.Write(iterator.Next);
                _writer.Write(iterator.Remaining);
                _writer.Write(iterator.Step);
                break;
            case PySequenceIterator sequence:
                _writer.Write(15);
                _writer.Write(sequence.Position);
                _writer.Write(sequence.Limit);

                // Which sequence it walks: iterators at the same position over different lists differ.
                WriteValue(sequence.Source is string text ? PyValue.FromString(text) : PyValue.FromObject(sequence.Source!));
                break;
            case PyCell cell:
                _writer.Write(16);
                WriteValue(cell.Value);
                break;
            case PyFunction function:
                _writer.Write(17);
                _writer.Write(function.Code.Id);
                _writer.Write(function.QualifiedName);
                _writer.Write(function.Name ?? string.Empty);
                WriteValue(function.Doc);
                WriteValue(function.ModuleName);
                WriteValue(function.TypeParams);
                WriteValues(function.Defaults);
                WriteValue(function.KeywordDefaults is { } keywordDefaults ? PyValue.FromObject(keywordDefaults) : PyValue.None);
                WriteValue(function.Annotations is { } annotations ? PyValue.FromObject(annotations) : PyValue.None);
                _writer.Write(function.Closure.Length);
                foreach (var cell in function.Closure)
                {
                    WriteObject(cell);
                }

                if (function.Dict is not null)
                {
                    WriteNamespace(function.Dict);
                }

                break;
            case PyThreadObject threadObject:
                _writer.Write(18);
                _writer.Write(threadObject.Thread is { } thread ? Position(thread) : -1);
                WriteValue(threadObject.Target);
                WriteValues(threadObject.Args);
                if (threadObject.Class is { } threadClass)
                {
                    WriteObject(threadClass);
                    WriteNamespace(threadObject.Dict!);
                }

                break;
            case PyLock lockObject:
                _writer.Write(19);
                _writer.Write(lockObject.Owner is { } owner ? Position(owner) : -1);
                _writer.Write(lockObject is PyRLock reentrant ? reentrant.Count : -1);
                break;
            case PyBoundMethod method:
                _writer.Write(20);
                WriteValue(method.Self);
                _writer.Write(method.Function.Name);
                break;
            case PyException exception:
                _writer.Write(21);
                WriteObject(exception.Type);
                WriteValues(exception.Args);
                if (exception.Dict is not null)
                {
                    WriteNamespace(exception.Dict);
                }

                break;
            case PyModule module:
                _writer.Write(22);
                _writer.Write(module.Name);
                break;
            case PyBuiltin builtin:
                _writer.Write(23);
                _writer.Write(builtin.Name);
                break;
            case PyClass type:
                _writer.Write(27);
                _writer.Write(type.QualifiedName);
                WriteNamespace(type.Dict);
                break;
            case PyInstance instance:
                _writer.Write(28);
                WriteObject(instance.Class);
                if (!instance.NativeValue.IsNull)
                {
                    // An int, float or str subclass's instance: its value is part of its state.
                    WriteValue(instance.NativeValue);
                }

                _writer.Write(instance.AttributeCount);
                foreach (var (name, value) in instance.GetAttributes())
                {
                    _writer.Write(name);
                    WriteValue(value);
                }

                break;
            case PyMethod method:
                _writer.Write(29);
                WriteValue(method.Self);
                WriteValue(method.Callable);
                break;
            case PyStaticMethod staticMethod:
                _writer.Write(31);
                WriteValue(staticMethod.Function);
                break;
            case PyClassMethod classMethod:
                _writer.Write(32);
                WriteValue(classMethod.Function);
                break;
            case PyProperty property:
                _writer.Write(33);
                WriteValue(property.Getter is null ? PyValue.None : PyValue.FromObject(property.Getter));
                WriteValue(property.Setter is null ? PyValue.None : PyValue.FromObject(property.Setter));
                break;
            case PySuper super:
                _writer.Write(30);
                WriteObject(super.After);
                WriteValue(super.Self);
                break;
            case PyType type:
                _writer.Write(24);
                _writer.Write(type.Name);
                break;
            case PyGenerator generator:
                _writer.Write(42);
                _writer.Write((generator.Started ? 1 : 0) | (generator.Running ? 2 : 0) | (generator.Finished ? 4 : 0));
                WriteFrame(generator.Frame);
                break;
            case PyPartial partial:
                _writer.Write(45);
                WriteValue(partial.Function);
                WriteValues(partial.Args);
                WriteObject(partial.Keywords);
                break;
            case PyLruCache cache:
                _writer.Write(46);
                WriteValue(cache.Function);
                _writer.Write(cache.Hits);
                _writer.Write(cache.Misses);
                WriteObject(cache.Cache);
                WriteNamespace(cache.Dict);
                break;
            case PyAttributeDict view:
                _writer.Write(47);
                WriteObject(view.Owner);
                break;
            case PyDictView view:
                _writer.Write(49);
                _writer.Write((int)view.Kind);
                WriteObject(view.Dict);
                break;
            case PyPlainObject:
                _writer.Write(48);
                break;
            case PySlice slice:
                _writer.Write(26);
                WriteValue(slice.Start);
                WriteValue(slice.Stop);
                WriteValue(slice.Step);
                break;
            case CompiledCode code:
                // A code object between LOAD_CONST and MAKE_FUNCTION.
                _writer.Write(25);
                _writer.Write(code.Id);
                break;
            default:
                _writer.Write(99);
                _writer.Write(obj.GetType().Name);
                break;
        }
    }

    /// <summary>An attribute dict in insertion order (Python's own iteration order).</summary>
    /// <summary>A dict, list or tuple of the program's subclass: its class and attributes (nothing for a plain one).</summary>
    private void WriteSubclass(PyClass? type, Dictionary<string, PyValue>? names)
    {
        if (type is null)
        {
            return;
        }

        _writer.Write(44);
        WriteObject(type);
        WriteNamespace(names ?? []);
    }

    private void WriteNamespace(Dictionary<string, PyValue> names)
    {
        _writer.Write(names.Count);
        foreach (var (name, value) in names)
        {
            _writer.Write(name);
            WriteValue(value);
        }
    }

    private void WriteValues(IReadOnlyList<PyValue> values)
    {
        _writer.Write(values.Count);
        foreach (var value in values)
        {
            WriteValue(value);
        }
    }
}
