using RaceLab.Python;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// _functools (C in CPython 3.9-3.13): partial, reduce and the lru_cache wrapper. Their own work is atomic
/// under the GIL; the Python code they call runs in frames of its own, where threads can switch.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>Marks where keyword arguments start in an lru_cache key (CPython's kwd_mark): equal only to itself.</summary>
    private static readonly PyValue KeywordMark = PyValue.FromObject(new PyType("kwd_mark"));

    /// <summary>Calls any callable as a call instruction would: a Python frame, an object's call, or a built-in.</summary>
    private CallOutcome CallValue(SimThread thread, Frame caller, PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int consume)
    {
        if (callable.Ref is PyFunction function)
        {
            if (function.Code.IsGenerator)
            {
                return StartGenerator(thread, caller, function, args, kwnames, consume);
            }

            PushFrame(thread, caller, function, args, kwnames, consume);
            return CallOutcome.PythonFrame;
        }

        if (CallObject(thread, caller, callable, args, kwnames, consume) is { } outcome)
        {
            return outcome;
        }

        if (StartNativeTask(thread, caller, callable, args, kwnames, consume) is { } task)
        {
            return task;
        }

        var result = CallNative(thread, callable, args, kwnames);
        caller.Sp = consume;
        caller.Slots[caller.Sp++] = result;
        return CallOutcome.Native;
    }

    /// <summary>partial_call: the stored arguments first, then the call's; the call's keywords override the stored ones.</summary>
    private static (PyValue[] Args, PyTuple? KwNames) PartialArguments(PyPartial partial, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var npos = args.Length - (kwnames?.Items.Length ?? 0);
        if (partial.Keywords.Items.Count == 0)
        {
            return ([.. partial.Args, .. args], kwnames);
        }

        var keywords = new PyDict();
        partial.Keywords.Items.ForEach(p => keywords.Set(p.Key, p.Value));
        for (var k = npos; k < args.Length; k++)
        {
            keywords.Set(kwnames!.Items[k - npos], args[k]);
        }

        return ([.. partial.Args, .. args[..npos], .. keywords.Items.Select(p => p.Value)], new PyTuple([.. keywords.Items.Select(p => p.Key)]));
    }

    /// <summary>functools.partial(func, *args, **keywords); a partial of a partial is flattened, as partial_new does.</summary>
    private static PyValue MakePartial(ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        if (pos.Length == 0)
        {
            throw PythonError.Of(Tags.TypeError, "type 'partial' takes at least one argument");
        }

        var function = pos[0];
        if (!IsCallable(function))
        {
            throw PythonError.Of(Tags.TypeError, "the first argument must be callable");
        }

        var keywords = new PyDict();
        PyValue[] stored = pos[1..].ToArray();
        if (function.Ref is PyPartial inner)
        {
            inner.Keywords.Items.ForEach(p => keywords.Set(p.Key, p.Value));
            stored = [.. inner.Args, .. stored];
            function = inner.Function;
        }

        foreach (var (name, value) in kw ?? [])
        {
            keywords.Set(PyValue.FromString(name), value);
        }

        return PyValue.FromObject(new PyPartial(function, stored, keywords));
    }

    /// <summary>callable(), and what partial, lru_cache and defaultdict accept as their function.</summary>
    private static bool IsCallable(PyValue value) =>
        value.Ref is PyFunction or PyMethod or PyBuiltin or PyBoundMethod or PyType or PyPartial or PyLruCache
        || (value.Ref is PyInstance && SpecialOf(value, "__call__") is not null);

    /// <summary>
    /// Pushes the frame of a Python callable whose return resumes <paramref name="task"/>; false when the
    /// callable is native (the caller calls it at once with <see cref="CallNative"/>) or is a class without
    /// an <c>__init__</c> (<paramref name="instance"/> is then the new object). A class's <c>__init__</c> runs
    /// as the frame, and the task takes the instance (<see cref="NativeTask.Function"/>) when it returns.
    /// </summary>
    private bool PushCallForTask(SimThread thread, Frame caller, PyValue callable, PyValue[] args, PyTuple? kwnames, NativeTask task, int consume, out PyValue instance)
    {
        PyFunction function;
        instance = default;
        switch (callable.Ref)
        {
            case PyClass { NativeBase: null } type when PythonNew(type) is null:
                instance = PyValue.FromObject(NewInstance(type));
                if (!type.TryLookup("__init__", out var init, out _) || init.Ref is not PyFunction initFunction)
                {
                    return args.Length == 0 ? false : throw PythonError.Of(Tags.TypeError, $"{type.Name}() takes no arguments");
                }

                function = initFunction;
                args = [instance, .. args];
                task.Function = instance;
                task.Index = 1;
                instance = default;
                break;
            case PyFunction plain:
                function = plain;
                break;
            case PyMethod { Function: { } bound } method:
                function = bound;
                args = [method.Self, .. args];
                break;
            case PyMethod method:
                return PushCallForTask(thread, caller, method.Callable, [method.Self, .. args], kwnames, task, consume, out instance);
            case PyInstance when SpecialOf(callable, "__call__") is { } call:
                function = call;
                args = [callable, .. args];
                break;
            case PyPartial partial:
                {
                    var (merged, names) = PartialArguments(partial, args, kwnames);
                    return PushCallForTask(thread, caller, partial.Function, merged, names, task, consume, out instance);
                }

            case PyBuiltin or PyBoundMethod:
            case PyType and not PyClass:
                return false;
            default:
                throw PythonError.Of(Tags.TypeError, $"calling a '{PyOps.TypeOf(callable).Name}' object from a built-in is not modelled by the simulator");
        }

        if (function.Code.IsGenerator)
        {
            throw PythonError.Of(Tags.TypeError, "calling a generator function from a built-in is not modelled by the simulator");
        }

        var frame = PushFrame(thread, caller, function, args, kwnames, consume);
        frame.Result = FrameResult.Task;
        frame.ResultPayload = task;
        return true;
    }

    /// <summary>
    /// reduce(function, iterable[, initial]) with a Python function: one call per item after the first (or
    /// after the initial value), each a frame of its own. False when no call is needed (the built-in decides).
    /// </summary>
    private static bool StartReduce(NativeTask task, ReadOnlySpan<PyValue> pos)
    {
        var items = Iteration.ToList(pos[1]);
        if (pos.Length == 2 && items.Count > 0)
        {
            task.Results = [items[0]];
            items.RemoveAt(0);
        }
        else
        {
            task.Results = pos.Length == 3 ? [pos[2]] : [];
        }

        task.Items = items;
        task.Function = pos[0];
        task.Kind = NativeTaskKind.Reduce;
        task.Index = 0;
        if (items.Count == 0)
        {
            // Nothing to call: the built-in returns the one value or raises.
            task.Args = [pos[0], PyValue.FromObject(new PyList(task.Results))];
            return false;
        }

        return true;
    }

    /// <summary>functools.reduce with a native function (a Python one goes through <see cref="StartReduce"/>).</summary>
    private PyValue Reduce(SimThread thread, PyBuiltin builtin, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        if (kw is not null)
        {
            throw PythonError.Of(Tags.TypeError, "reduce() takes no keyword arguments");
        }

        if (pos.Length is < 2 or > 3)
        {
            throw PythonError.Of(Tags.TypeError, pos.Length < 2 ? $"reduce expected at least 2 arguments, got {pos.Length}" : $"reduce expected at most 3 arguments, got {pos.Length}");
        }

        var items = Iteration.ToList(pos[1]);
        if (pos.Length == 2 && items.Count == 0)
        {
            var what = Version == PythonVersion.Py39 ? "sequence" : "iterable";
            throw PythonError.Of(Tags.TypeError, $"reduce() of empty {what} with no initial value");
        }

        var value = pos.Length == 3 ? pos[2] : items[0];
        foreach (var item in items.Skip(pos.Length == 3 ? 0 : 1))
        {
            value = CallNative(thread, pos[0], [value, item], null);
        }

        _ = builtin;
        return value;
    }
}
