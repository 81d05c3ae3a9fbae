using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// map / filter / zip / enumerate call iter() on each iterable when they are made: an object of the program's
/// class runs its __iter__ then (a frame, or a generator made at once), and the lazy iterator holds what it returned.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>A task when an iterable argument has a Python __iter__; null when the iterator can be made at once.</summary>
    private static NativeTask? LazyIteratorTask(PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (callable.Ref is not PyBuiltin { Id: BuiltinId.Map or BuiltinId.Filter or BuiltinId.Zip or BuiltinId.Enumerate } builtin)
        {
            return null;
        }

        var (first, end) = IterableArguments(builtin.Id, args.Length - (kwnames?.Items.Length ?? 0));
        for (var i = first; i < end; i++)
        {
            if (HasPythonClass(args[i].Ref) && SpecialOf(args[i], "__iter__") is not null)
            {
                return new NativeTask { Callable = callable, Args = args.ToArray(), KwNames = kwnames, Kind = NativeTaskKind.IterArgs, Index = first };
            }
        }

        return null;
    }

    /// <summary>Which positional arguments are iterables: map's and filter's after the function, zip's all, enumerate's first.</summary>
    private static (int First, int End) IterableArguments(BuiltinId id, int npos) => id switch
    {
        BuiltinId.Map => (1, npos),
        BuiltinId.Filter => (1, Math.Min(npos, 2)),
        BuiltinId.Enumerate => (0, Math.Min(npos, 1)),
        _ => (0, npos),
    };

    /// <summary>Runs the next Python __iter__ (its return resumes here, ResumeTask), or makes the iterator.</summary>
    private void ContinueIterArgs(SimThread thread, Frame caller, NativeTask task)
    {
        var builtin = task.Callable.As<PyBuiltin>();
        var (_, end) = IterableArguments(builtin.Id, task.Args.Length - (task.KwNames?.Items.Length ?? 0));
        for (; task.Index < end; task.Index++)
        {
            var arg = task.Args[task.Index];
            if (HasPythonClass(arg.Ref) && SpecialOf(arg, "__iter__") is { } iter)
            {
                if (iter.Code.IsGenerator)
                {
                    task.Args[task.Index] = PyValue.FromObject(MakeGenerator(iter, [arg], null));
                    continue;
                }

                PushTaskFrame(thread, caller, task, iter, [arg]);
                return;
            }
        }

        caller.Slots[caller.Sp++] = CallNative(thread, task.Callable, task.Args, task.KwNames);
    }

    /// <summary>iter(callable, sentinel).</summary>
    private static PyValue CallIterator(PyValue callable, PyValue sentinel) =>
        IsCallable(callable)
            ? PyValue.FromObject(new Values.Itertools.PyCallIterator(callable, sentinel))
            : throw PythonError.Of(Tags.TypeError, "iter(v, w): v must be callable");
}
