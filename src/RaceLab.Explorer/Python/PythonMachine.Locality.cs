using RaceLab.Python.Vm.Interpreter;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;
using ThreadState = RaceLab.Python.Vm.Threading.ThreadState;

namespace RaceLab.Explorer.Python;

public sealed partial class PythonMachine
{
    private const int MaxScan = 64;

    public bool NextStepIsLocal(PythonState state, int thread)
    {
        var t = Live(state).Threads[thread];
        if (!t.Started || t.State == ThreadState.Blocked || t.Top is not { } frame)
        {
            return false;
        }

        if (_oneInstructionSteps)
        {
            return IsLocal(frame, frame.Pc);
        }

        // With a GIL a step runs to the next check point: local only if every instruction up to it is, on a
        // straight line (no jump, call or return whose path we would have to guess).
        return SegmentIsLocal(frame);
    }

    /// <summary>
    /// Walks the straight-line code from the frame's pc to the next check point, tracking only whether
    /// each stack entry and local is a scalar (so an int + int is local but list += is not).
    /// </summary>
    private static bool SegmentIsLocal(Frame frame)
    {
        var code = frame.Code.Code;
        var stack = new List<bool>();
        for (var i = frame.Code.SlotCount; i < frame.Sp; i++)
        {
            stack.Add(IsScalar(frame.Slots[i]));
        }

        var locals = new Dictionary<int, bool>();
        bool Local(int slot) => locals.TryGetValue(slot, out var known) ? known : IsScalar(frame.Slots[slot]);
        for (var pc = frame.Pc; pc < code.Length && pc < frame.Pc + MaxScan; pc++)
        {
            var ins = code[pc];
            switch (ins.Op)
            {
                case Op.Nop or Op.Resume:
                    break;
                case Op.LoadConst:
                    stack.Add(IsScalar(frame.Code.Constants[ins.Arg]));
                    break;
                case Op.LoadFast:
                    stack.Add(Local(ins.Arg));
                    break;
                case Op.StoreFast when stack.Count > 0:
                    locals[ins.Arg] = stack[^1];
                    stack.RemoveAt(stack.Count - 1);
                    break;
                case Op.PopTop when stack.Count > 0:
                    stack.RemoveAt(stack.Count - 1);
                    break;
                case Op.UnaryNegative or Op.UnaryPositive or Op.UnaryNot or Op.UnaryInvert or Op.ToBool when stack.Count > 0 && stack[^1]:
                    break;
                case Op.BinaryOp or Op.CompareOp when stack.Count > 1 && stack[^1] && stack[^2]:
                    stack.RemoveAt(stack.Count - 1);
                    break;
                default:
                    return false;
            }

            if (pc + 1 < code.Length && (code[pc + 1].Check & CheckKind.DeferBefore) != 0)
            {
                return false;
            }

            if ((ins.Check & CheckKind.After) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the instruction at <paramref name="pc"/> can only touch this thread's own frame: no global,
    /// no shared object, no call (a call may print, lock, start or join). Unsure means shared.
    /// </summary>
    private static bool IsLocal(Frame frame, int pc)
    {
        var ins = frame.Code.Code[pc];
        var slots = frame.Slots;
        var sp = frame.Sp;
        return ins.Op switch
        {
            Op.Nop or Op.Resume or Op.PopTop or Op.PushNull or Op.RotTwo or Op.RotThree or Op.RotFour or Op.DupTop
                or Op.DupTopTwo or Op.Copy or Op.Swap or Op.LoadConst or Op.LoadFast or Op.LoadFastAndClear
                or Op.LoadFastLoadFast or Op.StoreFast or Op.StoreFastLoadFast or Op.StoreFastStoreFast or Op.DeleteFast
                or Op.KwNames or Op.LoadAssertionError or Op.BuildTuple or Op.BuildList or Op.BuildString
                or Op.PopJumpIfFalse or Op.PopJumpIfTrue or Op.PopJumpIfNone or Op.PopJumpIfNotNone
                or Op.JumpIfFalseOrPop or Op.JumpIfTrueOrPop or Op.Jump or Op.EndFor or Op.IsOp
                or Op.MakeFunction or Op.SetFunctionAttribute or Op.LoadClosure or Op.MakeCell or Op.CopyFreeVars => true,
            Op.UnaryNegative or Op.UnaryPositive or Op.UnaryNot or Op.UnaryInvert or Op.ToBool => IsScalar(slots[sp - 1]),
            Op.BinaryOp or Op.CompareOp => IsScalar(slots[sp - 1]) && IsScalar(slots[sp - 2]),
            Op.ForIter => slots[sp - 1].Ref is PyRangeIterator,
            Op.GetIter => slots[sp - 1].Ref is PyRange or PyRangeIterator,
            Op.ReturnValue or Op.ReturnConst => frame.Back is not null,
            _ => false,
        };
    }

    private static bool IsScalar(PyValue v) => v.IsInt || v.IsBool || v.IsFloat || v.IsNone || v.IsString || v.IsBigInt;
}
