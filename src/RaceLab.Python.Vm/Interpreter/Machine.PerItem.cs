using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// Built-ins that run a special method of each item in turn, as their C loops do: sum()'s <c>+</c>
/// (<c>__add__</c>, <c>__radd__</c>), any()/all()/filter(None, ...)'s truth (<c>__bool__</c>, <c>__len__</c>),
/// <c>in</c>, list.index/count/remove's <c>==</c> (the item's <c>__eq__</c> with the value, then reflected), and
/// len()'s <c>__len__</c>. Each method is a frame of its own; between them the loop waits in a
/// <see cref="NativeTask"/> (<see cref="NativeTaskKind.PerItem"/>): Items the items, Index the one running,
/// Step the special method's step, Results sum's total or the items filter keeps, Probe count's count.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>list.index's step that runs the value's __repr__ for its ValueError.</summary>
    private const int ReprForError = -2;

    /// <summary>The call as a per-item task, when an item's special method is Python; else null.</summary>
    private static NativeTask? PerItemTask(PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (kwnames is { Items.Length: > 0 })
        {
            return null;
        }

        var (builtin, all) = BuiltinAndArguments(callable, args);
        var needs = builtin?.Id switch
        {
            BuiltinId.Sum when all.Length is 1 or 2 && IsSequence(all[0]) =>
                Iteration.ToList(all[0]).Exists(i => HasPythonClass(i.Ref)) || (all.Length == 2 && HasPythonClass(all[1].Ref)),
            BuiltinId.Any or BuiltinId.All when all.Length == 1 && IsSequence(all[0]) => Iteration.ToList(all[0]).Exists(HasPythonTruth),
            BuiltinId.Filter when all.Length == 2 && all[0].IsNone && IsSequence(all[1]) => Iteration.ToList(all[1]).Exists(HasPythonTruth),
            BuiltinId.ListIndex or BuiltinId.ListCount or BuiltinId.ListRemove when all.Length == 2 && all[0].Ref is PyList list =>
                ScanNeedsPython(all[1], list.Items),
            _ => false,
        };
        if (!needs)
        {
            return null;
        }

        return new NativeTask
        {
            Kind = NativeTaskKind.PerItem,
            Callable = PyValue.FromObject(builtin!),
            Args = all,
            Items = Iteration.ToList(builtin!.Id == BuiltinId.Filter ? all[1] : all[0]),
            Results = builtin.Id == BuiltinId.Sum ? [all.Length == 2 ? all[1] : PyValue.FromInt(0)] : [],
        };
    }

    /// <summary>`value in container` for a list or tuple: a per-item scan (Function: whether it is `not in`).</summary>
    private static NativeTask ContainsTask(PyValue container, PyValue value, bool negated) => new()
    {
        Kind = NativeTaskKind.PerItem,
        Callable = PyValue.None,
        Function = PyValue.FromBool(negated),
        Args = [container, value],
        Items = Iteration.ToList(container),
    };

    private static bool IsSequence(PyValue value) => value.Ref is PyList or PyTuple;

    private static bool HasPythonTruth(PyValue value) => HasPythonClass(value.Ref) && TruthMethodOf(value) is not null;

    /// <summary>Whether comparing the value with the items for == reaches a Python __eq__ (also one inside a tuple, list, set or dict).</summary>
    private static bool ScanNeedsPython(PyValue value, IEnumerable<PyValue> items) =>
        EqualityRunsPython(value) || items.Any(i => EqualityRunsPython(i));

    /// <summary>Runs items natively until one needs a Python method (its frame is pushed), or finishes.</summary>
    private void ContinuePerItem(SimThread thread, Frame caller, NativeTask task)
    {
        var id = (task.Callable.Ref as PyBuiltin)?.Id;
        for (; task.Index < task.Items.Count; task.Index++)
        {
            var item = task.Items[task.Index];
            if (id == BuiltinId.Sum)
            {
                var steps = BinarySteps(BinaryOps.Add, task.Results[0], item);
                if (steps.Count > 0)
                {
                    task.Step = 0;
                    PushTaskFrame(thread, caller, task, steps[0].Function, [steps[0].Self, steps[0].Other]);
                    return;
                }

                task.Results[0] = PyOps.Binary(BinaryOps.Add, task.Results[0], item);
                continue;
            }

            if (id is BuiltinId.Any or BuiltinId.All or BuiltinId.Filter)
            {
                if (HasPythonTruth(item))
                {
                    task.Step = SpecialOf(item, "__bool__") is not null ? 0 : 1;
                    PushTaskFrame(thread, caller, task, TruthMethodOf(item)!, [item]);
                    return;
                }

                ItemDecided(task, PyOps.Truthy(item));
                continue;
            }

            // A scan for ==: PyObject_RichCompareBool(item, value), identity first, then the item's __eq__ with the value.
            if (ReplayEqual(item, task.Args[1], identityFirst: true, task.Answers, out var pending) is not { } equal)
            {
                PushEqualityStep(thread, caller, task, pending);
                return;
            }

            if (ScanDecided(caller, task, equal))
            {
                return;
            }

            task.Answers.Clear();
        }

        FinishPerItem(thread, caller, task);
    }

    /// <summary>A frame the per-item task pushed returned.</summary>
    private void ResumePerItem(SimThread thread, Frame caller, NativeTask task, PyValue value)
    {
        var id = (task.Callable.Ref as PyBuiltin)?.Id;
        if (task.Step == ReprForError)
        {
            throw PythonError.Of(Tags.ValueError, $"{(value.IsString ? value.String : PyFormat.Repr(value))} is not in list");
        }

        if (id is BuiltinId.Any or BuiltinId.All or BuiltinId.Filter)
        {
            ItemDecided(task, TruthOfResult(task.Step == 0 ? "__bool__" : "__len__", value));
            task.Index++;
            ContinuePerItem(thread, caller, task);
            return;
        }

        if (id == BuiltinId.Len)
        {
            caller.Slots[caller.Sp++] = LengthResult(value);
            return;
        }

        var item = task.Items[task.Index];
        if (id != BuiltinId.Sum)
        {
            // A scan's ==: the answer recorded, the item's comparison replayed with it.
            ReplayEqual(item, task.Args[1], identityFirst: true, task.Answers, out var pending);
            if (EqualityStepReturned(thread, caller, task, pending, value))
            {
                ContinuePerItem(thread, caller, task);
            }

            return;
        }

        var (a, b) = (task.Results[0], item);
        if (value.Ref is PyNotImplemented)
        {
            var steps = BinarySteps(BinaryOps.Add, a, b);
            if (++task.Step < steps.Count)
            {
                PushTaskFrame(thread, caller, task, steps[task.Step].Function, [steps[task.Step].Self, steps[task.Step].Other]);
                return;
            }

            // Every method declined: the built-in operation (a TypeError).
            value = PyOps.Binary(BinaryOps.Add, a, b);
        }

        task.Results[0] = value;
        task.Index++;
        ContinuePerItem(thread, caller, task);
    }

    /// <summary>any() stops at a true item and all() at a false one (their answer recorded, the loop ended); filter keeps the true ones.</summary>
    private static void ItemDecided(NativeTask task, bool truth)
    {
        switch (task.Callable.Ref)
        {
            case PyBuiltin { Id: BuiltinId.Any or BuiltinId.All } b when truth == (b.Id == BuiltinId.Any):
                task.Results = [PyValue.FromBool(truth)];
                task.Index = task.Items.Count;
                break;
            case PyBuiltin { Id: BuiltinId.Filter } when truth:
                task.Results.Add(task.Items[task.Index]);
                break;
        }
    }

    /// <summary>An item compared equal (or not): `in`, index and remove stop at the first equal one; count counts. True when the result was pushed.</summary>
    private static bool ScanDecided(Frame caller, NativeTask task, bool equal)
    {
        if (!equal)
        {
            return false;
        }

        switch ((task.Callable.Ref as PyBuiltin)?.Id)
        {
            case BuiltinId.ListCount:
                task.Probe++;
                return false;
            case BuiltinId.ListIndex:
                caller.Slots[caller.Sp++] = PyValue.FromInt(task.Index);
                return true;
            case BuiltinId.ListRemove:
                {
                    var items = task.Args[0].As<PyList>().Items;
                    var at = task.Index < items.Count && items[task.Index].SameAs(task.Items[task.Index])
                        ? task.Index
                        : items.FindIndex(i => i.SameAs(task.Items[task.Index]));
                    if (at >= 0)
                    {
                        items.RemoveAt(at);
                    }

                    caller.Slots[caller.Sp++] = PyValue.None;
                    return true;
                }

            default:
                caller.Slots[caller.Sp++] = PyValue.FromBool(task.Function.Int == 0);
                return true;
        }
    }

    /// <summary>Every item was run: the built-in's result.</summary>
    private void FinishPerItem(SimThread thread, Frame caller, NativeTask task)
    {
        PyValue result;
        switch ((task.Callable.Ref as PyBuiltin)?.Id)
        {
            case BuiltinId.Sum:
                result = task.Results[0];
                break;
            case BuiltinId.Any or BuiltinId.All:
                result = task.Results.Count > 0 ? task.Results[0] : PyValue.FromBool(task.Callable.Ref is PyBuiltin { Id: BuiltinId.All });
                break;
            case BuiltinId.Filter:
                result = Iterator(task.Results);
                break;
            case BuiltinId.ListCount:
                result = PyValue.FromInt(task.Probe);
                break;
            case BuiltinId.ListIndex:
                if (HasPythonRepr(task.Args[1]))
                {
                    // list_index_impl: "%R is not in list", the value's __repr__ in a frame of its own.
                    task.Step = ReprForError;
                    PushTaskFrame(thread, caller, task, SpecialOf(task.Args[1], "__repr__")!, [task.Args[1]]);
                    return;
                }

                throw PythonError.Of(Tags.ValueError, $"{PyFormat.Repr(task.Args[1])} is not in list");
            case BuiltinId.ListRemove:
                throw PythonError.Of(Tags.ValueError, "list.remove(x): x not in list");
            default:
                result = PyValue.FromBool(task.Function.Int != 0);
                break;
        }

        caller.Slots[caller.Sp++] = result;
    }

    /// <summary>len() of an object whose __len__ is Python: its frame, whose value is checked as CPython's slot does.</summary>
    private void StartLength(SimThread thread, Frame caller, PyValue builtin, PyFunction len, PyValue value, int consume)
    {
        caller.Sp = consume;
        var task = new NativeTask { Kind = NativeTaskKind.PerItem, Callable = builtin, Args = [value] };
        PushTaskFrame(thread, caller, task, len, [value]);
    }

    /// <summary>What __len__ returned, as len() takes it: an int that is not negative.</summary>
    private static PyValue LengthResult(PyValue value)
    {
        if (!value.IsIntegral)
        {
            throw PythonError.Of(Tags.TypeError, $"'{PyOps.TypeOf(value).Name}' object cannot be interpreted as an integer");
        }

        return value.ToBig().Sign < 0 ? throw PythonError.Of(Tags.ValueError, "__len__() should return >= 0") : value;
    }

    /// <summary>The built-in a call reaches and its arguments, a bound method's object first (LOAD_METHOD's form).</summary>
    private static (PyBuiltin? Builtin, PyValue[] All) BuiltinAndArguments(PyValue callable, ReadOnlySpan<PyValue> args) => callable.Ref switch
    {
        PyBoundMethod bound => (bound.Function, [bound.Self, .. args]),
        PyBuiltin b => (b, args.ToArray()),
        _ => (null, args.ToArray()),
    };
}
