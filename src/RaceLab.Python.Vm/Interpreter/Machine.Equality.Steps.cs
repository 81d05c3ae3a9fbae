using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// The frames of a replayed == (Machine.Equality): the pair's <c>__eq__</c> in CPython's order (the reflected
/// one after NotImplemented, identity when every method declines), its answer then recorded for the next
/// replay. Keyed lookups, per-item scans and COMPARE_OP's own <see cref="NativeTaskKind.Equality"/> task share them.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>Pushes the first special method of the pair's ==.</summary>
    private void PushEqualityStep(SimThread thread, Frame caller, NativeTask task, EqualityPair pair)
    {
        var step = CompareSteps(2, pair.Left, pair.Right)[0];
        task.Step = 0;
        PushTaskFrame(thread, caller, task, step.Function, [step.Self, step.Other]);
    }

    /// <summary>The pair's method returned: true when its answer is recorded, false when the next (reflected) method was pushed.</summary>
    private bool EqualityStepReturned(SimThread thread, Frame caller, NativeTask task, EqualityPair pair, PyValue value)
    {
        if (value.Ref is PyNotImplemented)
        {
            var steps = CompareSteps(2, pair.Left, pair.Right);
            if (++task.Step < steps.Count)
            {
                PushTaskFrame(thread, caller, task, steps[task.Step].Function, [steps[task.Step].Self, steps[task.Step].Other]);
                return false;
            }

            value = PyValue.FromBool(pair.Left.SameAs(pair.Right));
        }

        task.Answers.Add(PyValue.FromBool(PyOps.Truthy(value)));
        return true;
    }

    /// <summary>COMPARE_OP == or != (op 2, 3) of two containers of which one holds an object with a Python __eq__.</summary>
    private static bool NeedsEqualityTask(int op, PyValue a, PyValue b) =>
        op is 2 or 3 && a.Ref is PyTuple or PyList or PySet or PyDict && b.Ref is PyTuple or PyList or PySet or PyDict
            && (EqualityRunsPython(a) || EqualityRunsPython(b));

    /// <summary>Starts a == or != of containers with the caller's stack already cut to <paramref name="consume"/>.</summary>
    private void StartEquality(SimThread thread, Frame caller, int op, PyValue a, PyValue b, int consume)
    {
        caller.Sp = consume;
        ContinueEquality(thread, caller, new NativeTask { Kind = NativeTaskKind.Equality, Callable = PyValue.FromInt(op), Args = [a, b] });
    }

    /// <summary>Replays the walk: its verdict for the caller (negated for !=), or the next pair's __eq__ pushed.</summary>
    private void ContinueEquality(SimThread thread, Frame caller, NativeTask task)
    {
        if (ReplayEqual(task.Args[0], task.Args[1], identityFirst: false, task.Answers, out var pending) is { } equal)
        {
            caller.Slots[caller.Sp++] = PyValue.FromBool(equal == (task.Callable.Int == 2));
            return;
        }

        PushEqualityStep(thread, caller, task, pending);
    }

    private void ResumeEquality(SimThread thread, Frame caller, NativeTask task, PyValue value)
    {
        ReplayEqual(task.Args[0], task.Args[1], identityFirst: false, task.Answers, out var pending);
        if (EqualityStepReturned(thread, caller, task, pending, value))
        {
            ContinueEquality(thread, caller, task);
        }
    }
}
