using RaceLab.Python.Vm.Values;
using RaceLab.Python.Vm.Values.Itertools;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// The itertools constructors (C in CPython, Modules/itertoolsmodule.c): each makes a native iterator whose
/// next() is atomic under the GIL. Arguments are checked as CPython checks them, with its messages.
/// </summary>
internal sealed partial class Machine
{
    private static PyValue ItertoolsFunction(PyBuiltin builtin, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        PyNativeIterator made = builtin.Id switch
        {
            BuiltinId.ItertoolsCount => Count(pos, kw),
            BuiltinId.ItertoolsRepeat => Repeat(builtin, pos, kw),
            BuiltinId.ItertoolsCycle => Cycle(builtin, pos, kw),
            BuiltinId.ItertoolsISlice => ISlice(builtin, pos, kw),
            BuiltinId.ItertoolsChain => NoKeywords(builtin, kw) ?? Chain(PyValue.FromObject(new PyTuple(pos.ToArray()))),
            BuiltinId.ItertoolsChainFromIterable => FromIterable(builtin, pos, kw),
            _ => Product(pos, kw),
        };
        return PyValue.FromObject(made);
    }

    private static PyCount Count(ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var start = pos.Length > 0 ? pos[0] : kw?.GetValueOrDefault("start") ?? PyValue.FromInt(0);
        var step = pos.Length > 1 ? pos[1] : kw?.GetValueOrDefault("step") ?? PyValue.FromInt(1);
        if (pos.Length > 2 || kw?.Keys.Any(k => k is not ("start" or "step")) == true)
        {
            throw PythonError.Of(Tags.TypeError, pos.Length > 2 ? $"count expected at most 2 arguments, got {pos.Length}"
                : $"count() got an unexpected keyword argument '{kw!.Keys.First(k => k is not ("start" or "step"))}'");
        }

        return !PyOps.IsNumber(start) || !PyOps.IsNumber(step)
            ? throw PythonError.Of(Tags.TypeError, "a number is required")
            : new PyCount(start, step);
    }

    private static PyRepeat Repeat(PyBuiltin builtin, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var times = pos.Length > 1 ? pos[1] : kw?.GetValueOrDefault("times") ?? PyValue.None;
        if (pos.Length is < 1 or > 2)
        {
            throw PythonError.Of(Tags.TypeError, $"{builtin.Name}() takes at most 2 arguments ({pos.Length} given)");
        }

        return new PyRepeat(pos[0], times.IsNone ? -1 : Math.Max(0, times.Int));
    }

    private static PyChain FromIterable(PyBuiltin builtin, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var source = pos.Length == 1 ? pos[0] : default;
        return Single(builtin, pos, kw, () => Chain(source));
    }

    /// <summary>A chain over the iterables <paramref name="sources"/> yields; stepped by the machine when one is a generator.</summary>
    private static PyChain Chain(PyValue sources)
    {
        var iterator = Iteration.GetIter(sources);
        var mayPullPython = NeedsMachinePull(iterator) || sources.Ref switch
        {
            PyTuple tuple => Array.Exists(tuple.Items, NeedsMachinePull),
            PyList list => list.Items.Exists(NeedsMachinePull),
            _ => false,
        };
        return new PyChain(iterator, PyValue.None, mayPullPython);
    }

    private static PyCycle Cycle(PyBuiltin builtin, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var source = pos.Length == 1 ? pos[0] : default;
        return Single(builtin, pos, kw, () => new PyCycle(Iteration.GetIter(source), [], 0));
    }

    private static PyISlice ISlice(PyBuiltin builtin, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        _ = NoKeywords(builtin, kw);
        if (pos.Length is < 2 or > 4)
        {
            throw PythonError.Of(Tags.TypeError, pos.Length < 2
                ? $"islice expected at least 2 arguments, got {pos.Length}" : $"islice expected at most 4 arguments, got {pos.Length}");
        }

        var (start, stop, step) = pos.Length == 2 ? (PyValue.None, pos[1], PyValue.None)
            : (pos[1], pos[2], pos.Length > 3 ? pos[3] : PyValue.None);
        const string StopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        const string IndexMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        var stopAt = stop.IsNone ? -1 : stop.IsIntegral && stop.Int >= 0 ? stop.Int : throw PythonError.Of(Tags.ValueError, pos.Length == 2 ? StopMessage : IndexMessage);
        var from = start.IsNone ? 0 : start.IsIntegral && start.Int >= 0 ? start.Int : throw PythonError.Of(Tags.ValueError, IndexMessage);
        var by = step.IsNone ? 1 : step.IsIntegral && step.Int >= 1 ? step.Int
            : throw PythonError.Of(Tags.ValueError, "Step for islice() must be a positive integer or None.");
        return new PyISlice(Iteration.GetIter(pos[0]), from, stopAt, by, 0);
    }

    private static PyProduct Product(ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var repeat = 1L;
        foreach (var (name, value) in kw ?? [])
        {
            repeat = name == "repeat" ? value.Int : throw PythonError.Of(Tags.TypeError, $"product() got an unexpected keyword argument '{name}'");
        }

        return repeat < 0
            ? throw PythonError.Of(Tags.ValueError, "repeat argument cannot be negative")
            : PyProduct.Of(pos.ToArray(), (int)repeat);
    }

    private static PyNativeIterator? NoKeywords(PyBuiltin builtin, Dictionary<string, PyValue>? kw) =>
        kw is { Count: > 0 } ? throw PythonError.Of(Tags.TypeError, $"{builtin.Name}() takes no keyword arguments") : null;

    private static T Single<T>(PyBuiltin builtin, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw, Func<T> make)
    {
        _ = NoKeywords(builtin, kw);
        return pos.Length != 1 ? throw PythonError.Of(Tags.TypeError, $"{builtin.Name} expected 1 argument, got {pos.Length}") : make();
    }
}
