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
        OutcomeFailure? failure = null;
        if (live.Threads.FirstOrDefault(t => t.Uncaught is { } e && !ReferenceEquals(e.Type, Tags.AssertionError)) is { } failed)
        {
            var exception = DescribeException(failed.Uncaught!);
            error = $"{Label(live, failed)}: {exception}";
            failure = new OutcomeFailure(OutcomeKind.Uncaught, Label(live, failed), exception, []);
        }
        else if (live.Threads.Any(t => t.State != ThreadState.Finished && !IsAbandonedDaemon(t)))
        {
            var waits = live.Threads.Where(t => t.State != ThreadState.Finished && !IsAbandonedDaemon(t))
                .Select(t => Wait(live, t)).OrderBy(w => w.Thread, StringComparer.Ordinal).ToList();
            error = "deadlock: " + string.Join("; ", waits.Select(w => $"{w.Thread} waits for {w.WaitsFor}" + (w.HeldBy is { } h ? $" held by {h}" : string.Empty)));
            failure = new OutcomeFailure(OutcomeKind.Deadlock, null, null, waits);
        }

        return new Outcome(globals, output, assertion is not null, assertion is null ? null : PyFormat.Str(PyValue.FromObject(assertion)), error, failure);
    }

    /// <summary>A daemon thread still blocked when the others ended: CPython's exit abandons it, it deadlocks nothing.</summary>
    private static bool IsAbandonedDaemon(SimThread t) => t.Id != 0 && t.Object is { Daemon: true };

    /// <summary>A blocked thread's wait as an outcome tells it (labels, so symmetric threads stay alike).</summary>
    private static BlockedWait Wait(LiveRun live, SimThread t) => t switch
    {
        { BlockedOnLock: { } lockObject } when lockObject.Owner == t =>
            new BlockedWait(Label(live, t), "a notify() no thread is left to send", null),
        { BlockedOnLock: { } lockObject } =>
            new BlockedWait(Label(live, t), $"{(lockObject is PyRLock ? "RLock" : "lock")} {live.Machine.NameOf(lockObject) ?? "(unnamed)"}",
                lockObject.Owner is { } owner ? Label(live, owner) : null),
        { BlockedOnThread: { } other } => new BlockedWait(Label(live, t), $"{Label(live, other)} to end", null),
        { BlockedOnQueue: not null } => new BlockedWait(Label(live, t), "an item no thread is left to put", null),
        // Which joins are still pending depends on how far the joiner ran ahead, which is not state.
        { PendingJoins.Count: > 0 } => new BlockedWait(Label(live, t), "threads it joins to end", null),
        _ => new BlockedWait(Label(live, t), "a thread to end", null),
    };

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
