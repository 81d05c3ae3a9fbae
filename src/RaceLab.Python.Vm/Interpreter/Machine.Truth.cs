using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// The truth of an object whose class defines <c>__bool__</c> or <c>__len__</c> in Python (CPython's
/// PyObject_IsTrue through nb_bool, then mp_length/sq_length): the method runs in a frame the instruction
/// pushed, and when it returns, the instruction that wanted the truth (a conditional jump, <c>not</c>,
/// TO_BOOL, <c>bool()</c>) finishes with it.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>__bool__, else __len__, of the object's Python class; null when truth is the built-in one.</summary>
    private static PyFunction? TruthMethodOf(PyValue value) => SpecialOf(value, "__bool__") ?? SpecialOf(value, "__len__");

    /// <summary>bool(x) on such an object: its truth method's frame.</summary>
    private CallOutcome? CallBool(SimThread thread, Frame caller, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int consume)
    {
        if (args.Length != 1 || kwnames is { Items.Length: > 0 } || !HasPythonClass(args[0].Ref) || TruthMethodOf(args[0]) is not { } method)
        {
            return null;
        }

        CallSpecial(thread, caller, method, [args[0]], consume, FrameResult.TruthOf);
        return CallOutcome.PythonFrame;
    }

    private bool ReturnTruth(SimThread thread, Frame frame, PyValue value)
    {
        var truth = TruthOfResult(frame.Code.Source.Name, value);
        var caller = frame.Back!;
        thread.ReturnFrame();
        thread.Top = caller;
        var ins = caller.Code.Code[caller.Pc - 1];
        var taken = false;
        switch (ins.Op)
        {
            case Op.PopJumpIfFalse or Op.PopJumpIfTrue:
                taken = truth == (ins.Op == Op.PopJumpIfTrue);
                break;
            case Op.JumpIfFalseOrPop or Op.JumpIfTrueOrPop:
                taken = truth == (ins.Op == Op.JumpIfTrueOrPop);
                if (!taken)
                {
                    caller.Sp--;
                }

                break;
            default:
                caller.Slots[caller.Sp++] = PyValue.FromBool(truth ^ (ins.Op == Op.UnaryNot));
                return PollsAfterSwitch(thread, caller);
        }

        if (taken)
        {
            caller.Pc = ins.Arg;
        }

        // The jump polls as it does after a truth test of a non-bool (3.9/3.10) or when taken (3.10+).
        return (ins.Check & CheckKind.IfNotBool) != 0 || (taken && (ins.Check & CheckKind.IfTaken) != 0) || PollsAfterSwitch(thread, caller);
    }

    /// <summary>What __bool__ or __len__ returned, as the truth CPython makes of it (or the TypeError it raises).</summary>
    private static bool TruthOfResult(string method, PyValue value)
    {
        if (method == "__bool__")
        {
            return value.IsBool
                ? value.Int != 0
                : throw PythonError.Of(Tags.TypeError, $"__bool__ should return bool, returned {PyOps.TypeOf(value).Name}");
        }

        if (method == "__len__")
        {
            if (!value.IsIntegral)
            {
                throw PythonError.Of(Tags.TypeError, $"'{PyOps.TypeOf(value).Name}' object cannot be interpreted as an integer");
            }

            return value.ToBig().Sign switch
            {
                < 0 => throw PythonError.Of(Tags.ValueError, "__len__() should return >= 0"),
                0 => false,
                _ => true,
            };
        }

        return PyOps.Truthy(value);
    }
}
