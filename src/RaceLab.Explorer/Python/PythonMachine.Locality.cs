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
        var live = Live(state);
        var t = live.Threads[thread];
        if (_oneInstructionSteps && !t.Started)
        {
            return BootstrapIsLocal(t);
        }

        if (!t.Started || t.State == ThreadState.Blocked || t.Top is not { } frame)
        {
            return false;
        }

        if (SingleInstructions(t))
        {
            return IsLocal(live, t, frame, frame.Pc);
        }

        // With a GIL a step runs to the next check point: local only if every instruction up to it is, on a
        // straight line (no jump, call or return whose path we would have to guess).
        return SegmentIsLocal(t, frame, live.Threads[0]);
    }

    /// <summary>
    /// Walks the straight-line code from the frame's pc to the next check point, tracking only what kind of
    /// scalar each stack entry and local is (so int + int is local, but list += is not, nor int // int, which
    /// may raise: see <see cref="ScalarOperators"/>).
    /// </summary>
    private bool SegmentIsLocal(SimThread thread, Frame frame, SimThread main)
    {
        var code = frame.Code.Code;
        var stack = new List<ScalarKind>();
        for (var i = frame.Code.SlotCount; i < frame.Sp; i++)
        {
            stack.Add(ScalarOperators.KindOf(frame.Slots[i]));
        }

        var locals = new Dictionary<int, ScalarKind>();
        ScalarKind Local(int slot) => locals.TryGetValue(slot, out var known) ? known : ScalarOperators.KindOf(frame.Slots[slot]);
        for (var pc = frame.Pc; pc < code.Length && pc < frame.Pc + MaxScan; pc++)
        {
            var ins = code[pc];
            switch (ins.Op)
            {
                case Op.Nop or Op.Resume:
                    break;
                case Op.LoadConst:
                    stack.Add(ScalarOperators.KindOf(frame.Code.Constants[ins.Arg]));
                    break;
                case Op.LoadFast:
                    stack.Add(Local(ins.Arg));
                    break;
                case Op.StoreFast when stack.Count > 0:
                    locals[ins.Arg] = stack[^1];
                    stack.RemoveAt(stack.Count - 1);
                    break;
                case var op when SharedGlobals.IsGlobalAccess(op) && _sharedGlobals.IsPrivate(ins, thread, main):
                    if (op is Op.StoreGlobal or Op.StoreName)
                    {
                        if (stack.Count == 0)
                        {
                            return false;
                        }

                        stack.RemoveAt(stack.Count - 1);
                    }
                    else
                    {
                        // Its value is private too, but what it is we do not track: later uses count as shared.
                        stack.Add(ScalarKind.Other);
                        if (op is Op.LoadGlobalNullBefore or Op.LoadGlobalNullAfter)
                        {
                            stack.Add(ScalarKind.Other);
                        }
                    }

                    break;
                case Op.PopTop when stack.Count > 0:
                    stack.RemoveAt(stack.Count - 1);
                    break;
                case Op.UnaryNot or Op.ToBool when stack.Count > 0 && ScalarOperators.UnaryCannotRaise(ins.Op, stack[^1]):
                    stack[^1] = ScalarKind.Integral;
                    break;
                case Op.UnaryNegative or Op.UnaryPositive or Op.UnaryInvert when stack.Count > 0 && ScalarOperators.UnaryCannotRaise(ins.Op, stack[^1]):
                    stack[^1] = stack[^1] == ScalarKind.Float ? ScalarKind.Float : ScalarKind.BigInt;
                    break;
                case Op.BinaryOp when stack.Count > 1 && ScalarOperators.BinaryCannotRaise(ins.Arg, stack[^2], stack[^1]):
                    stack[^2] = ScalarOperators.BinaryResult(stack[^2], stack[^1]);
                    stack.RemoveAt(stack.Count - 1);
                    break;
                case Op.CompareOp when stack.Count > 1 && ScalarOperators.CompareCannotRaise(ins.Arg, stack[^2], stack[^1]):
                    stack[^2] = ScalarKind.Integral;
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
    /// no shared global (<see cref="SharedGlobals"/>), no shared object, no call (a call may print, lock, start or join). Unsure means shared.
    /// </summary>
    private bool IsLocal(LiveRun live, SimThread thread, Frame frame, int pc)
    {
        var ins = frame.Code.Code[pc];
        if (SharedGlobals.IsGlobalAccess(ins.Op))
        {
            return _sharedGlobals.IsPrivate(ins, thread, live.Threads[0]);
        }

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
            Op.UnaryNegative or Op.UnaryPositive or Op.UnaryNot or Op.UnaryInvert or Op.ToBool =>
                ScalarOperators.UnaryCannotRaise(ins.Op, ScalarOperators.KindOf(slots[sp - 1])),
            Op.BinaryOp => ScalarOperators.BinaryCannotRaise(ins.Arg, ScalarOperators.KindOf(slots[sp - 2]), ScalarOperators.KindOf(slots[sp - 1])),
            Op.CompareOp => ScalarOperators.CompareCannotRaise(ins.Arg, ScalarOperators.KindOf(slots[sp - 2]), ScalarOperators.KindOf(slots[sp - 1])),
            Op.ForIter => slots[sp - 1].Ref switch
            {
                PyRangeIterator => true,
                PySequenceIterator { Source: PyTuple or string } => true,
                PySequenceIterator { Source: PyList list } => Scratch.Escape.IsPrivate(live, thread, list),
                _ => false,
            },

            // Making an iterator reads nothing yet; FOR_ITER reads the items.
            Op.GetIter => slots[sp - 1].Ref is PyRange or PyRangeIterator or PyList or PyTuple,

            // Looking a method up reads the type, which nothing changes; a module attribute, unless the program assigns it.
            Op.LoadMethod or Op.LoadMethodSelfAfter => slots[sp - 1].Ref switch
            {
                PyList or PyDict or PyThreadObject or PyLock => true,
                PyModule module => _sharedGlobals.ModuleAttributeIsFixed(module, frame.Code.Names[ins.Arg]),
                _ => false,
            },
            Op.LoadAttr => slots[sp - 1].Ref is PyModule module && _sharedGlobals.ModuleAttributeIsFixed(module, frame.Code.Names[ins.Arg]),

            // A comprehension appends to its own list, which only this frame holds.
            Op.ListAppend => true,

            // A thread's last return only wakes its joiners: at instruction granularity it commutes with the
            // other threads' steps like start() and join() do (see CallIsLocal).
            Op.ReturnValue or Op.ReturnConst => frame.Back is not null || SingleInstructions(thread),
            Op.CallLegacy or Op.CallLegacyKw or Op.CallMethodLegacy or Op.Call311 or Op.Call313 or Op.CallKw313 =>
                SingleInstructions(thread) && CallIsLocal(live, thread, frame, ins),
            _ => false,
        };
    }

    /// <summary>
    /// Calls that touch nothing another thread can see: entering a Python function (its body's instructions
    /// are judged one by one), creating a Thread object, start() and join() (they order this thread against
    /// the started or joined one only, which cannot run that step's counterpart concurrently), and appending
    /// to a list no other thread can reach; builtins that only compute from their arguments. Except, with a
    /// GIL on 3.11+, entering a Python function: the warm-up of its call sites is shared and decides whether
    /// those calls poll, so running its body early (a joiner, see SingleInstructions) could move other
    /// threads' check points.
    /// </summary>
    private bool CallIsLocal(LiveRun live, SimThread thread, Frame frame, Instr ins)
    {
        var (callable, self) = CallSite.Peek(frame, ins);
        return callable.Ref switch
        {
            PyFunction => _oneInstructionSteps || !live.Machine.Specializes,
            PyBuiltin { Id: BuiltinId.Thread or BuiltinId.ThreadStart or BuiltinId.ThreadJoin or BuiltinId.CurrentThread } => true,

            // Pure on the values already on the stack (a list argument would only raise TypeError), or a new object.
            PyBuiltin { Id: BuiltinId.Range or BuiltinId.Abs or BuiltinId.IsInstance or BuiltinId.Lock } => true,
            PyBuiltin { Id: BuiltinId.ListAppend } => self.Ref is PyList list && Scratch.Escape.IsPrivate(live, thread, list),
            _ => false,
        };
    }

    /// <summary>
    /// A thread's bootstrap (its own step before its first instruction, see Execute) touches only itself and
    /// its starter. A target that is not a Python function fails there, and the failure is reported.
    /// </summary>
    private static bool BootstrapIsLocal(SimThread thread) => thread.Object?.Target.Ref is PyFunction;
}
