using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// Built-ins that run Python code: list(gen), sum(gen), ",".join(gen), any(gen) pull a generator's items one
/// resume at a time; sorted/min/max with a Python key=, map and filter with a Python function call it once
/// per item. Each resume or call is a frame of its own above the caller, as under CPython's C call, so the
/// scheduler can switch threads inside it; between them the built-in's state waits in a <see cref="NativeTask"/>.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>A task when the built-in needs Python code run first; null when it can run at once.</summary>
    private CallOutcome? StartNativeTask(SimThread thread, Frame caller, PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int consume)
    {
        if (StartKeyedCall(thread, caller, callable, args, kwnames, consume) is { } keyed)
        {
            return keyed;
        }

        if (DictGetItemMissing(thread, caller, callable, args, kwnames, consume))
        {
            return CallOutcome.PythonFrame;
        }

        if (PerItemTask(callable, args, kwnames) is { } perItem)
        {
            caller.Sp = consume;
            ContinuePerItem(thread, caller, perItem);
            return ReferenceEquals(thread.Top, caller) ? CallOutcome.Native : CallOutcome.PythonFrame;
        }

        if (OrderingTask(callable, args, kwnames) is { } ordering)
        {
            caller.Sp = consume;
            ContinueOrdering(thread, caller, ordering);
            return ReferenceEquals(thread.Top, caller) ? CallOutcome.Native : CallOutcome.PythonFrame;
        }

        if (LazyIteratorTask(callable, args, kwnames) is { } lazy)
        {
            caller.Sp = consume;
            ContinueIterArgs(thread, caller, lazy);
            return ReferenceEquals(thread.Top, caller) ? CallOutcome.Native : CallOutcome.PythonFrame;
        }

        var strings = CallsStringMethods(callable, args);
        if (!strings && (!ConsumesIterables(callable) || !NeedsPython(callable, args, kwnames)))
        {
            return null;
        }

        // A bound built-in method runs as LOAD_METHOD's form: the built-in, its object first.
        var task = callable.Ref is PyBoundMethod bound
            ? new NativeTask { Callable = PyValue.FromObject(bound.Function), Args = [bound.Self, .. args], KwNames = kwnames }
            : new NativeTask { Callable = callable, Args = args.ToArray(), KwNames = kwnames, Kind = strings ? NativeTaskKind.Strings : NativeTaskKind.Drain };
        caller.Sp = consume;
        ContinueTask(thread, caller, task);
        return ReferenceEquals(thread.Top, caller) ? CallOutcome.Native : CallOutcome.PythonFrame;
    }

    /// <summary>The built-ins that iterate what they are given, or call a function they are given.</summary>
    private static bool ConsumesIterables(PyValue callable) => callable.Ref switch
    {
        PyBuiltin b => ConsumingBuiltin(b.Id),
        PyBoundMethod m => ConsumingBuiltin(m.Function.Id),
        PyType t => ReferenceEquals(t, Tags.List) || ReferenceEquals(t, Tags.Tuple) || ReferenceEquals(t, Tags.Set)
            || ReferenceEquals(t, Tags.FrozenSet) || ReferenceEquals(t, Tags.Dict) || ReferenceEquals(t, Tags.Deque),
        _ => false,
    };

    private static bool ConsumingBuiltin(BuiltinId id) => id is BuiltinId.Sum or BuiltinId.Min or BuiltinId.Max
        or BuiltinId.Any or BuiltinId.All or BuiltinId.Sorted or BuiltinId.StrJoin or BuiltinId.ListExtend or BuiltinId.ListSort or BuiltinId.SetUpdate
        or BuiltinId.DictUpdate or BuiltinId.DequeExtend or BuiltinId.Reduce or BuiltinId.CountElements
        or BuiltinId.SetUnion or BuiltinId.SetIntersection or BuiltinId.SetDifference or BuiltinId.SetIsSubset or BuiltinId.SetIsSuperset
        or BuiltinId.ItertoolsProduct or BuiltinId.DictViewIsDisjoint;

    private static bool NeedsPython(PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var takesKey = callable.Ref is PyBuiltin { Id: BuiltinId.Sorted or BuiltinId.ListSort } or PyBoundMethod { Function.Id: BuiltinId.ListSort };
        var takesFunction = takesKey || callable.Ref is PyBuiltin { Id: BuiltinId.Min or BuiltinId.Max or BuiltinId.Reduce };
        var npos = args.Length - (kwnames?.Items.Length ?? 0);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].Ref is PyGenerator || IsStepped(args[i]) || (HasPythonClass(args[i].Ref) && SpecialOf(args[i], "__iter__") is not null) || (takesFunction && IsPythonCallable(args[i])))
            {
                return true;
            }

            // sorted() and list.sort() take any key function here (a built-in one is called at once).
            if (takesKey && i >= npos && kwnames!.Items[i - npos].String == "key" && !args[i].IsNone)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPythonCallable(PyValue value) =>
        value.Ref is PyFunction or PyMethod { Function: not null } || (value.Ref is PyInstance && SpecialOf(value, "__call__") is not null);

    /// <summary>Drains the next generator argument, or starts the function calls, or runs the built-in.</summary>
    private void ContinueTask(SimThread thread, Frame caller, NativeTask task)
    {
        if (task.Kind == NativeTaskKind.Strings)
        {
            ContinueStrings(thread, caller, task);
            return;
        }

        for (var i = 0; i < task.Args.Length; i++)
        {
            if (task.Args[i].Ref is PyGenerator generator)
            {
                task.Kind = NativeTaskKind.Drain;
                task.Index = i;
                task.Items = [];
                if (!generator.Finished)
                {
                    ResumeGenerator(thread, caller, generator, PyValue.None, FrameResult.Task, task);
                    return;
                }

                task.Args[i] = PyValue.FromObject(new PyList([]));
            }

            if (IsStepped(task.Args[i]))
            {
                task.Kind = NativeTaskKind.Drain;
                task.Index = i;
                task.Items = [];
                if (!DrainStepped(thread, caller, task))
                {
                    return;
                }
            }

            if (HasPythonClass(task.Args[i].Ref) && SpecialOf(task.Args[i], "__iter__") is { } iter)
            {
                task.Index = i;
                task.Items = [];
                if (iter.Code.IsGenerator)
                {
                    task.Args[i] = PyValue.FromObject(MakeGenerator(iter, [task.Args[i]], null));
                    i--;
                    continue;
                }

                task.Kind = NativeTaskKind.DrainIter;
                PushTaskFrame(thread, caller, task, iter, [task.Args[i]]);
                return;
            }
        }

        if (StartCalls(task))
        {
            if (IsPythonCallable(task.Function))
            {
                PushTaskCall(thread, caller, task);
                return;
            }

            // A built-in key (len, str.lower): C calling C, no frame and no check point.
            foreach (var item in task.Items)
            {
                task.Results.Add(CallNative(thread, task.Function, [item], null));
            }

            caller.Slots[caller.Sp++] = FinishCalls(task);
            return;
        }

        if (OrderingTask(task.Callable, task.Args, task.KwNames) is { } ordering)
        {
            ContinueOrdering(thread, caller, ordering);
            return;
        }

        // The drained items are keys that hash in Python (set(gen), dict(gen), Counter(gen)): a keyed task.
        if (StartKeyedCall(thread, caller, task.Callable, task.Args, task.KwNames, caller.Sp) is not null)
        {
            return;
        }

        caller.Slots[caller.Sp++] = CallNative(thread, task.Callable, task.Args, task.KwNames);
    }

    /// <summary>Sets the task up to call its Python function on each item; false when there is nothing to call.</summary>
    private static bool StartCalls(NativeTask task)
    {
        var kw = Keywords(task.Args, task.KwNames, out var npos);
        var pos = task.Args.AsSpan(0, npos);
        PyValue key = default;
        var hasKey = kw is not null && kw.TryGetValue("key", out key) && !key.IsNone;
        switch (task.Callable.Ref)
        {
            case PyBuiltin { Id: BuiltinId.Sorted } when hasKey && pos.Length == 1:
                task.Items = Iteration.ToList(pos[0]);
                break;
            case PyBuiltin { Id: BuiltinId.Min or BuiltinId.Max } when hasKey && pos.Length >= 1:
                task.Items = pos.Length == 1 ? Iteration.ToList(pos[0]) : [.. pos];
                break;
            case PyBuiltin { Id: BuiltinId.ListSort } when hasKey && pos[0].Ref is PyList list:
                task.Items = [.. list.Items];
                break;
            case PyBuiltin { Id: BuiltinId.Reduce } when kw is null && pos.Length is 2 or 3 && IsPythonCallable(pos[0]):
                return StartReduce(task, pos);
            default:
                return false;
        }

        if (task.Kind == NativeTaskKind.Drain)
        {
            task.Kind = NativeTaskKind.Keys;
        }

        task.Function = key;
        task.Index = 0;
        task.Results = [];

        // min/max of nothing: the built-in itself returns the default or raises, calling no key.
        return task.Items.Count > 0;
    }

    private void PushTaskFrame(SimThread thread, Frame caller, NativeTask task, PyFunction function, PyValue[] args)
    {
        var frame = PushFrame(thread, caller, function, args, null, caller.Sp);
        frame.Result = FrameResult.Task;
        frame.ResultPayload = task;
    }

    /// <summary>A drained instance iterator raised StopIteration: its items are the argument, and the task goes on.</summary>
    private void FinishDrainNext(SimThread thread, Frame caller, NativeTask task)
    {
        task.Args[task.Index] = PyValue.FromObject(new PyList(task.Items));
        task.Items = [];
        task.Kind = NativeTaskKind.Drain;
        ContinueTask(thread, caller, task);
    }

    /// <summary>Calls the task's function on its current item, in a frame whose return resumes the task.</summary>
    private void PushTaskCall(SimThread thread, Frame caller, NativeTask task)
    {
        var item = task.Items[task.Index];
        PyValue[] args = task.Kind switch
        {
            NativeTaskKind.Reduce => [task.Results[^1], item],
            _ => [item],
        };
        var frame = task.Function.Ref switch
        {
            PyMethod method => PushFrame(thread, caller, method.Function!, [method.Self, .. args], null, caller.Sp),
            PyInstance => PushFrame(thread, caller, SpecialOf(task.Function, "__call__")!, [task.Function, .. args], null, caller.Sp),
            _ => PushFrame(thread, caller, task.Function.As<PyFunction>(), args, null, caller.Sp),
        };
        frame.Result = FrameResult.Task;
        frame.ResultPayload = task;
    }

    /// <summary>print / str / repr: each instance argument's __str__ or __repr__ in turn, then the built-in on the strings.</summary>
    private void ContinueStrings(SimThread thread, Frame caller, NativeTask task)
    {
        var repr = task.Callable.Ref is PyBuiltin { Id: BuiltinId.Repr };
        var npos = task.Args.Length - (task.KwNames?.Items.Length ?? 0);
        for (var i = task.Index; i < npos; i++)
        {
            if (StringMethodOf(task.Args[i], repr) is { } method)
            {
                task.Index = i;
                task.Step = -1;
                PushTaskFrame(thread, caller, task, method, [task.Args[i]]);
                return;
            }

            if (NeedsNestedReprs(task.Args[i]))
            {
                task.Index = i;
                task.Step = 0;
                task.Items = NestedReprObjects(task.Args[i]);
                task.Results = [];
                PushTaskFrame(thread, caller, task, SpecialOf(task.Items[0], "__repr__")!, [task.Items[0]]);
                return;
            }
        }

        caller.Slots[caller.Sp++] = task.Callable.Ref is PyBuiltin { Id: BuiltinId.Print }
            ? CallNative(thread, task.Callable, task.Args, task.KwNames)
            : npos > 0 ? task.Args[0] : PyValue.FromString(string.Empty);
    }

    /// <summary>A frame the task pushed returned (or the generator it drains yielded, or returned: exhausted).</summary>
    private void ResumeTask(SimThread thread, Frame caller, NativeTask task, PyValue value, bool exhausted)
    {
        if (task.Kind == NativeTaskKind.Keyed)
        {
            ResumeKeyed(thread, caller, task, value);
            return;
        }

        if (task.Kind == NativeTaskKind.Ordering)
        {
            ResumeOrdering(thread, caller, task, value);
            return;
        }

        if (task.Kind == NativeTaskKind.PerItem)
        {
            ResumePerItem(thread, caller, task, value);
            return;
        }

        if (task.Kind == NativeTaskKind.Equality)
        {
            ResumeEquality(thread, caller, task, value);
            return;
        }

        if (task.Kind == NativeTaskKind.Step)
        {
            ResumeStep(thread, caller, task, value, exhausted);
            return;
        }

        if (task.Kind == NativeTaskKind.Operand)
        {
            ResumePulledOperand(thread, caller, task, value, exhausted);
            return;
        }

        if (task.Kind == NativeTaskKind.IterArgs)
        {
            task.Args[task.Index++] = value;
            ContinueIterArgs(thread, caller, task);
            return;
        }

        if (task.Kind is NativeTaskKind.DefaultFactory or NativeTaskKind.CacheStore)
        {
            caller.Slots[caller.Sp++] = FinishLibraryTask(task, value);
            return;
        }

        if (task.Kind == NativeTaskKind.Strings)
        {
            if (!value.IsString)
            {
                var method = task.Step >= 0 || task.Callable.Ref is PyBuiltin { Id: BuiltinId.Repr } ? "__repr__" : "__str__";
                throw PythonError.Of(Tags.TypeError, $"{method} returned non-string (type {PyOps.TypeOf(value).Name})");
            }

            if (task.Step >= 0)
            {
                // A repr inside a container: the next one, or the container's text once all have returned.
                task.Results.Add(value);
                if (++task.Step < task.Items.Count)
                {
                    PushTaskFrame(thread, caller, task, SpecialOf(task.Items[task.Step], "__repr__")!, [task.Items[task.Step]]);
                    return;
                }

                value = PyValue.FromString(NestedRepr(task.Args[task.Index], task.Results));
            }

            task.Args[task.Index++] = value;
            ContinueStrings(thread, caller, task);
            return;
        }

        if (task.Kind == NativeTaskKind.DrainIter)
        {
            task.Args[task.Index] = value;
            if (SpecialOf(value, "__next__") is { } next)
            {
                task.Kind = NativeTaskKind.DrainNext;
                PushTaskFrame(thread, caller, task, next, [value]);
                return;
            }

            task.Kind = NativeTaskKind.Drain;
            if (value.Ref is not PyGenerator)
            {
                // A built-in iterator (iter(list)...): its items at once.
                task.Args[task.Index] = PyValue.FromObject(new PyList(Iteration.ToList(value)));
            }

            ContinueTask(thread, caller, task);
            return;
        }

        if (task.Kind == NativeTaskKind.DrainNext)
        {
            task.Items.Add(value);
            if (!StopsDraining(task, value))
            {
                PushTaskFrame(thread, caller, task, SpecialOf(task.Args[task.Index], "__next__")!, [task.Args[task.Index]]);
                return;
            }

            FinishDrainNext(thread, caller, task);
            return;
        }

        if (task.Kind == NativeTaskKind.Drain && task.Args[task.Index].Ref is not PyGenerator)
        {
            // A lazy iterator's step delivered its item (or its end).
            if (!exhausted)
            {
                task.Items.Add(value);
            }

            if (exhausted || StopsDraining(task, value))
            {
                FinishDrained(task);
                ContinueTask(thread, caller, task);
            }
            else if (DrainStepped(thread, caller, task))
            {
                ContinueTask(thread, caller, task);
            }

            return;
        }

        if (task.Kind == NativeTaskKind.Drain)
        {
            var generator = task.Args[task.Index].As<PyGenerator>();
            if (!exhausted)
            {
                task.Items.Add(value);

                if (!StopsDraining(task, value))
                {
                    ResumeGenerator(thread, caller, generator, PyValue.None, FrameResult.Task, task);
                    return;
                }
            }

            task.Args[task.Index] = PyValue.FromObject(new PyList(task.Items));
            task.Items = [];
            ContinueTask(thread, caller, task);
            return;
        }

        task.Results.Add(value);
        task.Index++;
        if (task.Index < task.Items.Count)
        {
            PushTaskCall(thread, caller, task);
            return;
        }

        caller.Slots[caller.Sp++] = FinishCalls(task);
    }

    /// <summary>any() and all() stop pulling at the first item that decides them.</summary>
    private static bool StopsDraining(NativeTask task, PyValue item) => task.Callable.Ref switch
    {
        PyBuiltin { Id: BuiltinId.Any } => PyOps.Truthy(item),
        PyBuiltin { Id: BuiltinId.All } => !PyOps.Truthy(item),
        _ => false,
    };

    /// <summary>The built-in's result once every call has returned.</summary>
    private static PyValue FinishCalls(NativeTask task)
    {
        var kw = Keywords(task.Args, task.KwNames, out _);
        var reverse = kw is not null && kw.TryGetValue("reverse", out var r) && PyOps.Truthy(r);
        switch (task.Callable.Ref)
        {
            case PyBuiltin { Id: BuiltinId.Sorted }:
                return PyValue.FromObject(new PyList(SortByKeys(task.Items, task.Results, reverse)));
            case PyBuiltin { Id: BuiltinId.ListSort }:
                {
                    var list = task.Args[0].As<PyList>();
                    var sorted = SortByKeys(task.Items, task.Results, reverse);
                    list.Items.Clear();
                    list.Items.AddRange(sorted);
                    return PyValue.None;
                }

            case PyBuiltin { Id: BuiltinId.Min or BuiltinId.Max } b:
                {
                    // CPython keeps the first of equal extremes.
                    var best = 0;
                    for (var i = 1; i < task.Items.Count; i++)
                    {
                        if (PyOps.Compare(b.Id == BuiltinId.Max ? 4 : 0, task.Results[i], task.Results[best]))
                        {
                            best = i;
                        }
                    }

                    return task.Items[best];
                }

            default:
                // functools.reduce.
                return task.Results[^1];
        }
    }

    /// <summary>Python's stable sort by precomputed keys; reverse=True keeps equal items in their original order.</summary>
    private static List<PyValue> SortByKeys(List<PyValue> items, List<PyValue> keys, bool reverse)
    {
        var order = Enumerable.Range(0, items.Count).ToArray();
        SortOrder(order, (i, j) =>
        {
            var (a, b) = reverse ? (keys[j], keys[i]) : (keys[i], keys[j]);
            return PyOps.Compare(0, a, b) ? -1 : PyOps.Compare(0, b, a) ? 1 : i.CompareTo(j);
        });
        return [.. order.Select(i => items[i])];
    }

    /// <summary>Array.Sort whose comparison may raise a Python exception (an unorderable pair): it leaves as itself.</summary>
    private static void SortOrder(int[] order, Comparison<int> compare)
    {
        try
        {
            Array.Sort(order, compare);
        }
        catch (InvalidOperationException wrapped) when (wrapped.InnerException is PythonError error)
        {
            throw error;
        }
    }
}
