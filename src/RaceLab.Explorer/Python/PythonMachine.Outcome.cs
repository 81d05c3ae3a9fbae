using RaceLab.Explorer.Machines;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;
using ThreadState = RaceLab.Python.Vm.Threading.ThreadState;

namespace RaceLab.Explorer.Python;

public sealed partial class PythonMachine
{
    public Outcome GetOutcome(PythonState state) => OutcomeOf(Live(state));

    /// <summary>The outcome of a live run whose threads can no longer run (finished, or deadlocked).</summary>
    internal Outcome OutcomeOf(LiveRun live)
    {
        var machine = live.Machine;
        var globals = new List<KeyValuePair<string, string>>();
        for (var slot = 0; slot < _module.ProgramGlobalCount; slot++)
        {
            var value = machine.Global(slot);
            if (IsData(value))
            {
                globals.Add(new(_module.GlobalNames[slot], PyFormat.Repr(value)));
            }
        }

        var stdout = machine.Stdout;
        var output = stdout.Length == 0 ? [] : stdout.TrimEnd('\n').Split('\n');
        var assertion = live.Threads.FirstOrDefault(t => t.Uncaught is { } e && ReferenceEquals(e.Type, Tags.AssertionError))?.Uncaught;
        string? error = null;
        if (live.Threads.FirstOrDefault(t => t.Uncaught is { } e && !ReferenceEquals(e.Type, Tags.AssertionError)) is { } failed)
        {
            error = $"{Label(live, failed)}: {DescribeException(failed.Uncaught!)}";
        }
        else if (live.Threads.Any(t => t.State != ThreadState.Finished))
        {
            var blocked = live.Threads.Where(t => t.State != ThreadState.Finished).Select(t => Label(live, t)).Order(StringComparer.Ordinal);
            error = "deadlock: " + string.Join(", ", blocked) + " blocked";
        }

        return new Outcome(globals, output, assertion is not null, assertion is null ? null : PyFormat.Str(PyValue.FromObject(assertion)), error);
    }

    /// <summary>
    /// A thread as an outcome names it: by its name when no other thread runs its function, else as one of
    /// them ("a worker() thread"). Symmetry reduction merges states that differ only in which of several
    /// threads running the same code is which, so their outcomes must not tell those threads apart either.
    /// </summary>
    private static string Label(LiveRun live, SimThread thread)
    {
        var function = thread.Object?.Target.Ref as PyFunction;
        var alike = function is not null && live.Threads.Count(t => t.Object?.Target.Ref is PyFunction f && f.Code == function.Code) > 1;
        return alike ? $"a {function!.QualifiedName}() thread" : thread.Name;
    }

    private static string DescribeException(PyException e)
    {
        var message = PyFormat.Str(PyValue.FromObject(e));
        return message.Length > 0 ? $"{e.Type.Name}: {message}" : e.Type.Name;
    }

    /// <summary>Values a user reads as data (numbers, strings, containers of them), not functions or threads.</summary>
    internal static bool IsData(PyValue value) => value.Ref switch
    {
        null => false,
        PyList list => list.Items.All(IsData),
        PyTuple tuple => tuple.Items.All(IsData),
        PyDict dict => dict.Items.All(p => IsData(p.Key) && IsData(p.Value)),
        _ => value.IsInt || value.IsBool || value.IsFloat || value.IsNone || value.IsString || value.IsBigInt,
    };
}
