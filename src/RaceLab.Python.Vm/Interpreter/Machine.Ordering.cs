using RaceLab.Python;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// sorted(), list.sort(), min() and max() without key= over objects of the program's classes: each comparison
/// is PyObject_RichCompare (__lt__, or min's __lt__ and max's __gt__, reflected when NotImplemented) in a frame
/// of its own, as under CPython's C sort. The C# sort cannot stop halfway, so it is replayed: it runs from the
/// start with the answers so far (<see cref="NativeTask.Results"/>, in the order asked) until it asks a new
/// one, whose frame is pushed; the sort is deterministic, so each replay asks the same comparisons again.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>Thrown by a replay at the first comparison not answered yet.</summary>
    private sealed class ComparisonNeeded(int left, int right) : Exception
    {
        public int Left { get; } = left;

        public int Right { get; } = right;
    }

    /// <summary>The call as an ordering task, when it orders objects of the program's classes without a key; else null.</summary>
    private static NativeTask? OrderingTask(PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var (builtin, all) = callable.Ref switch
        {
            PyBoundMethod bound => (bound.Function, [bound.Self, .. args]),
            PyBuiltin b => (b, args.ToArray()),
            _ => ((PyBuiltin?)null, args.ToArray()),
        };
        var kw = Keywords(all, kwnames, out var npos);
        var allowed = builtin?.Id is BuiltinId.Min or BuiltinId.Max ? "default" : "reverse";
        if (builtin?.Id is not (BuiltinId.Sorted or BuiltinId.ListSort or BuiltinId.Min or BuiltinId.Max) || npos == 0
            || (kw is not null && kw.Any(p => p.Key != allowed && !(p.Key == "key" && p.Value.IsNone))))
        {
            return null;
        }

        List<PyValue> items = builtin.Id switch
        {
            BuiltinId.ListSort when npos == 1 && all[0].Ref is PyList list => [.. list.Items],
            BuiltinId.Sorted when npos == 1 && all[0].Ref is not PyGenerator && !IsStepped(all[0]) => Iteration.ToList(all[0]),
            BuiltinId.Min or BuiltinId.Max when npos == 1 && all[0].Ref is not PyGenerator && !IsStepped(all[0]) => Iteration.ToList(all[0]),
            BuiltinId.Min or BuiltinId.Max when npos > 1 => [.. all.AsSpan(0, npos)],
            _ => [],
        };
        if (!items.Exists(item => HasPythonClass(item.Ref)))
        {
            return null;
        }

        // list_sort_impl reverses before and after sorting, so reverse=True keeps equal items in order.
        if (builtin.Id is BuiltinId.Sorted or BuiltinId.ListSort && kw is not null && kw.TryGetValue("reverse", out var r) && PyOps.Truthy(r))
        {
            items.Reverse();
        }

        return new NativeTask
        {
            Kind = NativeTaskKind.Ordering,
            Callable = PyValue.FromObject(builtin),
            Args = all,
            KwNames = kwnames,
            Items = items,
            Results = [],
        };
    }

    /// <summary>Replays the ordering with the answers so far: pushes the next comparison's frame, or finishes.</summary>
    private void ContinueOrdering(SimThread thread, Frame caller, NativeTask task)
    {
        var op = OrderingOp(task);
        var asked = 0;
        bool Less(int i, int j)
        {
            if (asked < task.Results.Count)
            {
                return task.Results[asked++].Int != 0;
            }

            var (a, b) = (task.Items[i], task.Items[j]);
            if (CompareSteps(op, a, b).Count > 0)
            {
                throw new ComparisonNeeded(i, j);
            }

            // Nothing in Python to call: the built-in comparison (or its TypeError).
            var answer = PyOps.Compare(op, a, b);
            task.Results.Add(PyValue.FromBool(answer));
            asked++;
            return answer;
        }

        try
        {
            // Evaluated before the stack slot is claimed: a replay that stops must leave the stack as it was.
            var result = FinishOrdering(task, Less);
            caller.Slots[caller.Sp++] = result;
        }
        catch (ComparisonNeeded needed)
        {
            var steps = CompareSteps(op, task.Items[needed.Left], task.Items[needed.Right]);
            task.Probe = needed.Left;
            task.Index = needed.Right;
            task.Step = 0;
            PushTaskFrame(thread, caller, task, steps[0].Function, [steps[0].Self, steps[0].Other]);
        }
    }

    /// <summary>min() asks item &lt; best, max() item &gt; best, a sort item &lt; item.</summary>
    private static int OrderingOp(NativeTask task) => task.Callable.Ref is PyBuiltin { Id: BuiltinId.Max } ? 4 : 0;

    /// <summary>A comparison's method returned: NotImplemented tries the next one (then the built-in's TypeError); else its truth is the answer.</summary>
    private void ResumeOrdering(SimThread thread, Frame caller, NativeTask task, PyValue value)
    {
        var op = OrderingOp(task);
        var (a, b) = (task.Items[task.Probe], task.Items[task.Index]);
        if (value.Ref is PyNotImplemented)
        {
            var steps = CompareSteps(op, a, b);
            if (++task.Step < steps.Count)
            {
                PushTaskFrame(thread, caller, task, steps[task.Step].Function, [steps[task.Step].Self, steps[task.Step].Other]);
                return;
            }

            value = PyValue.FromBool(PyOps.Compare(op, a, b));
        }

        task.Results.Add(PyValue.FromBool(PyOps.Truthy(value)));
        ContinueOrdering(thread, caller, task);
    }

    /// <summary>The built-in's result, the order decided by <paramref name="less"/>.</summary>
    private PyValue FinishOrdering(NativeTask task, Func<int, int, bool> less)
    {
        var items = task.Items;
        if (task.Callable.Ref is PyBuiltin { Id: BuiltinId.Min or BuiltinId.Max })
        {
            // min_max: the first item, replaced by each later one that compares better.
            var best = 0;
            for (var i = 1; i < items.Count; i++)
            {
                if (less(i, best))
                {
                    best = i;
                }
            }

            return items[best];
        }

        var order = ListSort.Order(items.Count, less, Version >= PythonVersion.Py313, Version >= PythonVersion.Py311);
        List<PyValue> sorted = [.. order.Select(i => items[i])];
        var kw = Keywords(task.Args, task.KwNames, out _);
        if (kw is not null && kw.TryGetValue("reverse", out var r) && PyOps.Truthy(r))
        {
            sorted.Reverse();
        }

        if (task.Callable.Ref is PyBuiltin { Id: BuiltinId.Sorted })
        {
            return PyValue.FromObject(new PyList(sorted));
        }

        var list = task.Args[0].As<PyList>();
        list.Items.Clear();
        list.Items.AddRange(sorted);
        return PyValue.None;
    }
}
