using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// An operator on objects of the program's classes, as CPython's binary_op1 and do_richcompare run it: the
/// special methods in order, each in a frame of its own, the next one tried while they return NotImplemented,
/// then the built-in operation (a TypeError worded as CPython words it, or identity for == and !=).
/// </summary>
internal sealed partial class Machine
{
    private readonly record struct OperatorStep(PyFunction Function, PyValue Self, PyValue Other, bool Negated);

    /// <summary>a op b: a.__iop__ (in place), a.__op__, then b.__rop__ when b's type differs (first when it is a subclass of a's).</summary>
    private static List<OperatorStep> BinarySteps(int kind, PyValue a, PyValue b)
    {
        var op = kind % BinaryOps.InPlace;
        var steps = new List<OperatorStep>(3);
        if (kind >= BinaryOps.InPlace && SpecialOf(a, InPlaceNames[op]) is { } inPlace)
        {
            steps.Add(new(inPlace, a, b, false));
        }

        var typeA = PyOps.TypeOf(a);
        var typeB = PyOps.TypeOf(b);
        var reflected = ReferenceEquals(typeA, typeB) ? null : SpecialOf(b, ReflectedNames[op]);
        var subclassFirst = reflected is not null && typeB.IsSubtypeOf(typeA);
        if (subclassFirst)
        {
            steps.Add(new(reflected!, b, a, false));
        }

        if (SpecialOf(a, BinaryNames[op]) is { } forward)
        {
            steps.Add(new(forward, a, b, false));
        }

        if (reflected is not null && !subclassFirst)
        {
            steps.Add(new(reflected, b, a, false));
        }

        return steps;
    }

    /// <summary>a op b: b's reflected method first when b's type is a subclass of a's, a's method, then b's reflected one; != falls back to not __eq__.</summary>
    private static List<OperatorStep> CompareSteps(int op, PyValue a, PyValue b)
    {
        var steps = new List<OperatorStep>(2);
        var typeA = PyOps.TypeOf(a);
        var typeB = PyOps.TypeOf(b);
        var reflectedFirst = !ReferenceEquals(typeA, typeB) && typeB.IsSubtypeOf(typeA);
        if (reflectedFirst)
        {
            AddCompareStep(steps, b, a, ReflectedCompare[op]);
        }

        AddCompareStep(steps, a, b, op);
        if (!reflectedFirst)
        {
            AddCompareStep(steps, b, a, ReflectedCompare[op]);
        }

        return steps;
    }

    private static void AddCompareStep(List<OperatorStep> steps, PyValue self, PyValue other, int op)
    {
        if (SpecialOf(self, CompareNames[op]) is { } method)
        {
            steps.Add(new(method, self, other, false));
        }
        else if (op == 3 && SpecialOf(self, "__eq__") is { } equal && !HasBuiltinNotEqual(self))
        {
            // object.__ne__ inverts __eq__ (unless that returns NotImplemented).
            steps.Add(new(equal, self, other, true));
        }
    }

    /// <summary>A subclass of int, str, list... inherits its base's own __ne__, which the MRO finds before object's.</summary>
    private static bool HasBuiltinNotEqual(PyValue self) =>
        PythonClassOf(self.Ref) is { NativeBase: { } native } && BuiltinSubclass.IsSubclassable(native);

    private static List<OperatorStep> StepsOf(NativeTask task) =>
        task.Kind == NativeTaskKind.CompareOp
            ? CompareSteps((int)task.Callable.Int, task.Args[0], task.Args[1])
            : BinarySteps((int)task.Callable.Int, task.Args[0], task.Args[1]);

    private bool StartOperator(SimThread thread, Frame caller, NativeTaskKind kind, int op, PyValue a, PyValue b, int consume)
    {
        var task = new NativeTask { Callable = PyValue.FromInt(op), Args = [a, b], Kind = kind };
        var steps = StepsOf(task);
        if (steps.Count == 0)
        {
            return false;
        }

        PushOperatorStep(thread, caller, task, steps[0], consume);
        return true;
    }

    private void PushOperatorStep(SimThread thread, Frame caller, NativeTask task, OperatorStep step, int consume)
    {
        var frame = PushFrame(thread, caller, step.Function, [step.Self, step.Other], null, consume);
        frame.Result = FrameResult.OperatorStep;
        frame.ResultPayload = task;
    }

    /// <summary>A step returned: its value is the result, unless it is NotImplemented (then the next step, or the built-in operation).</summary>
    private bool ReturnOperatorStep(SimThread thread, Frame frame, PyValue value)
    {
        var task = (NativeTask)frame.ResultPayload!;
        var caller = frame.Back!;
        thread.ReturnFrame();
        thread.Top = caller;
        var steps = StepsOf(task);
        var step = steps[task.Index];
        if (value.Ref is not PyNotImplemented)
        {
            caller.Slots[caller.Sp++] = step.Negated ? PyValue.FromBool(!PyOps.Truthy(value)) : value;
            return PollsAfterSwitch(thread, caller);
        }

        task.Index++;
        if (task.Index < steps.Count)
        {
            PushOperatorStep(thread, caller, task, steps[task.Index], caller.Sp);
            return PollsAfterSwitch(thread, caller);
        }

        var op = (int)task.Callable.Int;
        var (a, b) = (task.Args[0], task.Args[1]);
        caller.Slots[caller.Sp++] = task.Kind == NativeTaskKind.CompareOp
            ? PyValue.FromBool(PyOps.Compare(op, a, b))
            : PyOps.Binary(op, a, b);
        return PollsAfterSwitch(thread, caller);
    }
}
