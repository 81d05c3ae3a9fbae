using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Explorer.Python;

/// <summary>
/// Reads, for each instruction of a code object, the stretch a thread runs from it to its next check point
/// (<see cref="LocalStretch"/>): down both sides of a branch and through jumps, as the VM polls only at check
/// points. An abstract stack follows where each value came from (an entry on the stack at the start, a
/// local, a constant, an int result) so that an operator's operands can be required to be ints at the
/// start: the only operators admitted are those that on ints cannot run code, raise or touch an object
/// (+ - * &amp; | ^, comparisons, truth tests, unary - + ~ not), FOR_ITER on a range iterator, and moves
/// between the stack and locals. Anything else (calls, attributes, items, returns, raises, cells, imports)
/// makes the stretch shared; a global name read or written makes it <see cref="StretchKind.FrameAndGlobals"/>.
/// </summary>
internal static class LocalStretchAnalysis
{
    private const int MaxScan = 32;
    private const int MaxStack = 32;

    /// <summary>Reads every code object of the module (once per machine; the VM reads them at check points).</summary>
    public static void Annotate(LoadedModule module)
    {
        foreach (var code in module.AllCode)
        {
            var stretches = new LocalStretch[code.Code.Length];
            for (var pc = 0; pc < stretches.Length; pc++)
            {
                stretches[pc] = At(code, pc);
                code.Code[pc].Stretch = stretches[pc].Kind;
            }

            code.LocalStretches = stretches;
        }
    }

    /// <summary>The stretch that starts at <paramref name="start"/>.</summary>
    public static LocalStretch At(CompiledCode code, int start)
    {
        var needs = new Needs();
        var pending = new Stack<(int Pc, AbstractFrame Frame)>();
        pending.Push((start, new AbstractFrame()));
        var visited = 0;
        while (pending.Count > 0)
        {
            var (pc, frame) = pending.Pop();
            if (pc < 0 || pc >= code.Code.Length || ++visited > MaxScan)
            {
                return default;
            }

            var ins = code.Code[pc];
            if (!Run(code, ins, frame, needs, out var exhausted))
            {
                return default;
            }

            // Where the stretch goes on: nowhere past a poll (unless the next instruction defers it).
            var next = pc + 1;
            var polls = (ins.Check & CheckKind.After) != 0;
            var branches = IsBranch(ins.Op) && !(polls || (ins.Check & CheckKind.IfTaken) != 0);
            var jumps = (ins.Op == Op.Jump && !(polls && Polls(code.Code, ins.Arg))) || branches;
            if (ins.Op != Op.Jump && !(polls && Polls(code.Code, next)))
            {
                pending.Push((next, jumps ? frame.Clone() : frame));
            }

            if (jumps)
            {
                pending.Push((ins.Arg, exhausted ?? frame));
            }
        }

        return new LocalStretch(needs.Globals ? StretchKind.FrameAndGlobals : StretchKind.FrameOnly,
            needs.StackIntegral, needs.LocalsBound, needs.LocalsIntegral, needs.RangeIteratorAt);
    }

    private static bool Polls(Instr[] code, int pc) => pc >= code.Length || (code[pc].Check & CheckKind.DeferBefore) == 0;

    private static bool IsBranch(Op op) => op is Op.PopJumpIfFalse or Op.PopJumpIfTrue or Op.PopJumpIfNone
        or Op.PopJumpIfNotNone or Op.JumpIfFalseOrPop or Op.JumpIfTrueOrPop or Op.ForIter;

    /// <summary>
    /// Runs one instruction on the abstract frame; false when it may touch more than the frame (or the
    /// analysis cannot follow it). For a branch, <paramref name="jumped"/> is the frame on the jump's side
    /// when it differs from the fall-through's.
    /// </summary>
    private static bool Run(CompiledCode code, Instr ins, AbstractFrame frame, Needs needs, out AbstractFrame? jumped)
    {
        jumped = null;
        switch (ins.Op)
        {
            case Op.Nop or Op.Resume or Op.Jump:
                return true;
            case Op.LoadConst:
                return frame.Push(code.Constants[ins.Arg].IsIntegral ? Value.Integral : Value.Other);
            case Op.LoadFast:
                return frame.LoadLocal(ins.Arg, needs);
            case Op.StoreFast:
                return frame.StoreLocal(ins.Arg);
            case Op.PopTop:
                frame.Pop();
                return true;
            case Op.PushNull:
                return frame.Push(Value.Other);
            case Op.DupTop:
                return frame.Push(frame.Peek(1));
            case Op.DupTopTwo:
                {
                    var (second, top) = (frame.Peek(2), frame.Peek(1));
                    return frame.Push(second) && frame.Push(top);
                }

            case Op.Copy:
                return frame.Push(frame.Peek(ins.Arg));
            case Op.RotTwo:
                return frame.Rotate(2);
            case Op.RotThree:
                return frame.Rotate(3);
            case Op.RotFour:
                return frame.Rotate(4);
            case Op.Swap:
                {
                    var (top, other) = (frame.Pop(), frame.Peek(ins.Arg - 1));
                    frame.Set(ins.Arg - 1, top);
                    return frame.Push(other);
                }

            case Op.BinaryOp when ScalarOperators.BinaryCannotRaise(ins.Arg, ScalarKind.Integral, ScalarKind.Integral):
            case Op.CompareOp when ScalarOperators.CompareCannotRaise(ins.Arg, ScalarKind.Integral, ScalarKind.Integral):
                return needs.Integral(frame.Pop()) && needs.Integral(frame.Pop()) && frame.Push(Value.Integral);
            case Op.IsOp:
                frame.Pop();
                frame.Pop();
                return frame.Push(Value.Integral);
            case Op.UnaryNegative or Op.UnaryPositive or Op.UnaryInvert or Op.UnaryNot or Op.ToBool:
                return needs.Integral(frame.Pop()) && frame.Push(Value.Integral);
            case Op.PopJumpIfFalse or Op.PopJumpIfTrue:
                return needs.Integral(frame.Pop());
            case Op.PopJumpIfNone or Op.PopJumpIfNotNone:
                frame.Pop();
                return true;
            case Op.JumpIfFalseOrPop or Op.JumpIfTrueOrPop:
                if (!needs.Integral(frame.Peek(1)))
                {
                    return false;
                }

                // Jumping keeps the value; going on pops it.
                jumped = frame.Clone();
                frame.Pop();
                return true;
            case Op.ForIter:
                if (!needs.RangeIterator(frame.Peek(1)))
                {
                    return false;
                }

                // Exhausted, it pops the iterator and jumps; otherwise it pushes the next int.
                jumped = frame.Clone();
                jumped.Pop();
                return frame.Push(Value.Integral);
            case Op.LoadGlobal or Op.LoadName:
                needs.Globals = true;
                return frame.Push(Value.Other);
            case Op.LoadGlobalNullBefore or Op.LoadGlobalNullAfter:
                needs.Globals = true;
                return frame.Push(Value.Other) && frame.Push(Value.Other);
            case Op.StoreGlobal or Op.StoreName:
                needs.Globals = true;
                frame.Pop();
                return true;
            default:
                return false;
        }
    }

    /// <summary>Where an abstract value came from.</summary>
    private enum Source : byte
    {
        /// <summary>Nothing known: no condition can make an operator on it frame-only.</summary>
        Other,

        /// <summary>An int or bool, whatever the frame.</summary>
        Integral,

        /// <summary>The entry <see cref="Value.Index"/> from the top of the stack at the stretch's start (1: the top).</summary>
        Stack,

        /// <summary>Local slot <see cref="Value.Index"/> as it was at the stretch's start.</summary>
        Local,
    }

    private readonly record struct Value(Source Source, int Index)
    {
        public static readonly Value Other = new(Source.Other, 0);
        public static readonly Value Integral = new(Source.Integral, 0);
    }

    /// <summary>The conditions gathered over every path of the stretch.</summary>
    private sealed class Needs
    {
        public uint StackIntegral;
        public ulong LocalsBound;
        public ulong LocalsIntegral;
        public byte RangeIteratorAt;
        public bool Globals;

        public bool Integral(Value value)
        {
            switch (value.Source)
            {
                case Source.Integral:
                    return true;
                case Source.Stack when value.Index <= 32:
                    StackIntegral |= 1u << (value.Index - 1);
                    return true;
                case Source.Local when value.Index < 64:
                    LocalsIntegral |= 1UL << value.Index;
                    return true;
                default:
                    return false;
            }
        }

        public bool RangeIterator(Value value)
        {
            if (value.Source != Source.Stack || value.Index > byte.MaxValue || (RangeIteratorAt != 0 && RangeIteratorAt != value.Index))
            {
                return false;
            }

            RangeIteratorAt = (byte)value.Index;
            return true;
        }

        public bool Bound(int slot)
        {
            if (slot >= 64)
            {
                return false;
            }

            LocalsBound |= 1UL << slot;
            return true;
        }
    }

    /// <summary>
    /// One path's view of the frame: what it pushed (over the entries of the start's stack it has not popped)
    /// and the locals it stored.
    /// </summary>
    private sealed class AbstractFrame
    {
        private readonly List<Value> _pushed = [];
        private readonly Dictionary<int, Value> _stored = [];
        private int _popped;

        public AbstractFrame Clone()
        {
            var clone = new AbstractFrame { _popped = _popped };
            clone._pushed.AddRange(_pushed);
            foreach (var (slot, value) in _stored)
            {
                clone._stored[slot] = value;
            }

            return clone;
        }

        public bool Push(Value value)
        {
            _pushed.Add(value);
            return _pushed.Count <= MaxStack;
        }

        public Value Pop()
        {
            if (_pushed.Count > 0)
            {
                var top = _pushed[^1];
                _pushed.RemoveAt(_pushed.Count - 1);
                return top;
            }

            return new Value(Source.Stack, ++_popped);
        }

        /// <summary>The entry <paramref name="depth"/> from the top (1: the top).</summary>
        public Value Peek(int depth) => depth <= _pushed.Count
            ? _pushed[^depth]
            : new Value(Source.Stack, _popped + depth - _pushed.Count);

        /// <summary>Replaces the entry <paramref name="depth"/> from the top (materialising start entries above it).</summary>
        public void Set(int depth, Value value)
        {
            while (_pushed.Count < depth)
            {
                _pushed.Insert(0, new Value(Source.Stack, ++_popped));
            }

            _pushed[^depth] = value;
        }

        /// <summary>ROT_n: the top moves down to the n-th place.</summary>
        public bool Rotate(int n)
        {
            var entries = new Value[n];
            for (var i = 0; i < n; i++)
            {
                entries[i] = Pop();
            }

            Push(entries[0]);
            for (var i = n - 1; i >= 1; i--)
            {
                Push(entries[i]);
            }

            return true;
        }

        public bool LoadLocal(int slot, Needs needs)
        {
            if (_stored.TryGetValue(slot, out var value))
            {
                return Push(value);
            }

            return needs.Bound(slot) && Push(new Value(Source.Local, slot));
        }

        public bool StoreLocal(int slot)
        {
            _stored[slot] = Pop();
            return true;
        }
    }
}
