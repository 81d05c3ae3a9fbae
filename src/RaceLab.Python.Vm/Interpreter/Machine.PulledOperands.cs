using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// UNPACK_SEQUENCE, CONTAINS_OP, LIST_EXTEND, SET_UPDATE, CALL_FUNCTION_EX's f(*args) (and SEND / YIELD_FROM, one item) on a generator or a lazy
/// iterator that runs Python: CPython's instruction pulls the items in C (unpack_iterable, _PySequence_IterSearch, list_extend,
/// PySequence_Tuple), each pull a frame of its own here; between them the instruction waits in a <see cref="NativeTaskKind.Operand"/> task.
/// </summary>
internal sealed partial class Machine
{
    private const int UnpackOperand = 0;
    private const int ContainsOperand = 1;
    private const int ExtendOperand = 2;
    private const int YieldFromOperand = 3;
    private const int CallArgsOperand = 4;

    /// <summary>Whether the instruction's iterable operand must be pulled by the machine.</summary>
    private static bool PulledOperand(PyValue operand) => operand.Ref is PyGenerator || IsStepped(operand);

    /// <summary>Starts the instruction's pulls: true when a frame was pushed (the instruction finishes later).</summary>
    private bool StartPulledOperand(SimThread thread, Frame f, Instr ins)
    {
        var operand = f.Slots[--f.Sp];
        var task = new NativeTask { Callable = operand, Args = [], Kind = NativeTaskKind.Operand, Index = ins.Arg };
        (task.Step, task.Function) = ins.Op switch
        {
            Op.UnpackSequence => (UnpackOperand, default),
            Op.ContainsOp => (ContainsOperand, f.Slots[f.Sp - 1]),
            _ => (ExtendOperand, f.Slots[f.Sp - ins.Arg]),
        };
        return !ContinuePulledOperand(thread, f, task);
    }

    /// <summary>CALL_FUNCTION_EX: the slot of its positional arguments (below the keyword dict, when the instruction has one).</summary>
    private static int CallArgsSlot(int sp, Instr ins) => sp - 1 - (ins.Arg & 1);

    /// <summary>
    /// CALL_FUNCTION_EX whose *args is a generator: its items become the tuple in the operand's place, then the call
    /// is made. True when the thread polls next (it entered a frame, or the finished call polls after it).
    /// </summary>
    private bool StartPulledCallArguments(SimThread thread, Frame f, Instr ins)
    {
        var at = CallArgsSlot(f.Sp, ins);
        var task = new NativeTask { Callable = f.Slots[at], Args = [], Kind = NativeTaskKind.Operand, Index = at, Step = CallArgsOperand };
        return !ContinuePulledOperand(thread, f, task) ? _legacy : PollsAfterSwitch(thread, f);
    }

    /// <summary>Pulls until the instruction is done (true) or waits for a frame (false).</summary>
    private bool ContinuePulledOperand(SimThread thread, Frame caller, NativeTask task)
    {
        while (Pull(thread, caller, task.Callable, task, out var item, out var ended))
        {
            if (AcceptOperandItem(thread, caller, task, item, ended))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A pull the instruction waited for is done: the next one, unless the instruction is.</summary>
    private void ResumePulledOperand(SimThread thread, Frame caller, NativeTask task, PyValue item, bool ended)
    {
        if (!AcceptOperandItem(thread, caller, task, item, ended))
        {
            ContinuePulledOperand(thread, caller, task);
        }
    }

    /// <summary>Takes one pulled item: true when the instruction has its result.</summary>
    private bool AcceptOperandItem(SimThread thread, Frame caller, NativeTask task, PyValue item, bool ended)
    {
        switch (task.Step)
        {
            case YieldFromOperand:
                // SEND / YIELD_FROM takes one item at a time: the delegating generator yields it, or goes on at the end.
                TakeReceived(thread, caller, item, ended, out _);
                return true;
            case UnpackOperand:
                // unpack_iterable: the expected count, then one more pull to find too many.
                if (ended)
                {
                    if (task.Items.Count < task.Index)
                    {
                        throw PythonError.Of(Tags.ValueError, $"not enough values to unpack (expected {task.Index}, got {task.Items.Count})");
                    }

                    for (var i = task.Items.Count - 1; i >= 0; i--)
                    {
                        caller.Slots[caller.Sp++] = task.Items[i];
                    }

                    return true;
                }

                if (task.Items.Count == task.Index)
                {
                    throw PythonError.Of(Tags.ValueError, $"too many values to unpack (expected {task.Index})");
                }

                task.Items.Add(item);
                return false;
            case CallArgsOperand:
                if (!ended)
                {
                    task.Items.Add(item);
                    return false;
                }

                caller.Slots[task.Index] = PyValue.FromObject(new PyTuple([.. task.Items]));
                var call = caller.Code.Code[caller.Pc - 1];
                Call(thread, caller, ref call, caller.Pc - 1);
                return true;
            case ContainsOperand:
                if (ended || PyOps.Equal(item, task.Function))
                {
                    caller.Slots[caller.Sp - 1] = PyValue.FromBool(!ended ^ (task.Index != 0));
                    return true;
                }

                return false;
            default:
                if (ended)
                {
                    // LIST_EXTEND, or SET_UPDATE.
                    if (task.Function.Ref is PySet set)
                    {
                        task.Items.ForEach(pulled => set.Add(pulled));
                    }
                    else
                    {
                        task.Function.As<PyList>().Items.AddRange(task.Items);
                    }

                    return true;
                }

                task.Items.Add(item);
                return false;
        }
    }
}
