using RaceLab.Explorer.Sampling;
using RaceLab.Python.Vm.Interpreter;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;

namespace RaceLab.Explorer.Python;

public sealed partial class PythonMachine
{
    private const int MaxFootprintScan = 32;

    /// <summary>
    /// What a thread's next step may touch, read from its code without running it: every instruction the
    /// thread may run from its pc to its next switch point (one instruction when every boundary is a switch
    /// point), down both sides of a conditional jump and through jumps, since the VM polls only at check
    /// points and a step often runs on past a branch (3.9 does not poll at a jump on a bool). Shared globals
    /// are named; a call, an attribute or item access, a lock or anything else the scan does not model
    /// counts as touching anything, as does a step too long to scan. The scan of each code position is read
    /// once (<see cref="StepAccesses"/>); <paramref name="scan"/> scans afresh, the reference the tests hold
    /// the table to.
    /// </summary>
    internal StepFootprint NextFootprint(LiveRun live, int thread, bool scan = false)
    {
        var t = live.Threads[thread];
        if (!t.Started || t.BlockedOnLock is not null || t.Top is not { } frame)
        {
            return new StepFootprint(0, 0, true);
        }

        // An operator counts as frame-only only where the stretch's operands are ints (an in-place add on a
        // list mutates it, one on an instance runs its __iadd__): what LocalStretchAnalysis read from the code.
        var stretch = frame.Code.LocalStretches is { } stretches ? stretches[frame.Pc] : default;
        if (stretch.IsLocal(frame.Slots, frame.Sp))
        {
            return new StepFootprint(0, 0, false);
        }

        var id = frame.Code.Id;
        if (scan || (uint)id >= (uint)_stepAccesses.Length || _stepAccesses[id].Length != frame.Code.Code.Length)
        {
            return Scan(live, t, frame, OperatorsLocal(stretch, frame));
        }

        var step = _stepAccesses[id][frame.Pc];
        var needs = step.Needs;
        if ((needs & StepNeeds.Anything) != 0
            || (needs != StepNeeds.None && !OperatorsLocal(stretch, frame)
                && ((needs & StepNeeds.IntOperators) != 0 || !IteratesARange(frame, frame.Pc))))
        {
            return new StepFootprint(0, 0, true);
        }

        ulong reads = step.Reads, writes = step.Writes;
        foreach (var ins in step.MaybePrivate)
        {
            if (!_sharedGlobals.IsPrivate(ins, t, live.Threads[0]))
            {
                var bit = 1UL << (ins.Arg & 63);
                if (SharedGlobals.IsStore(ins.Op))
                {
                    writes |= bit;
                }
                else
                {
                    reads |= bit;
                }
            }
        }

        return new StepFootprint(reads, writes, false);
    }

    /// <summary>Whether the stretch's operators are on ints here (<see cref="LocalStretch"/>'s conditions hold); without stretches, no.</summary>
    private static bool OperatorsLocal(LocalStretch stretch, Frame frame) =>
        stretch.Kind != StretchKind.Shared && stretch.ConditionsHold(frame.Slots, frame.Sp);

    private StepFootprint Scan(LiveRun live, SimThread t, Frame frame, bool operatorsLocal)
    {
        var code = frame.Code.Code;
        ulong reads = 0, writes = 0;
        Span<int> pending = stackalloc int[MaxFootprintScan];
        var pendingCount = 0;
        var visited = 0;
        pending[pendingCount++] = frame.Pc;
        while (pendingCount > 0)
        {
            var pc = pending[--pendingCount];
            if (pc < 0 || pc >= code.Length || ++visited > MaxFootprintScan)
            {
                return new StepFootprint(reads, writes, true);
            }

            var ins = code[pc];
            if (SharedGlobals.IsGlobalAccess(ins.Op))
            {
                if (!_sharedGlobals.IsPrivate(ins, t, live.Threads[0]))
                {
                    var bit = 1UL << (ins.Arg & 63);
                    if (ins.Op is Op.StoreGlobal or Op.StoreName)
                    {
                        writes |= bit;
                    }
                    else
                    {
                        reads |= bit;
                    }
                }
            }
            else if (!TouchesOnlyItsFrame(ins.Op) && !(operatorsLocal && IsIntOperator(ins.Op)) && !(ins.Op == Op.ForIter && IteratesARange(frame, pc)))
            {
                return new StepFootprint(reads, writes, true);
            }

            if (_oneInstructionSteps)
            {
                break;
            }

            // Where the step goes on: nowhere past a poll (unless the next instruction defers it).
            var next = pc + 1;
            var polls = (ins.Check & CheckKind.After) != 0;
            if (ins.Op != Op.Jump && !(polls && Polls(code, next)))
            {
                if (pendingCount == pending.Length)
                {
                    return new StepFootprint(reads, writes, true);
                }

                pending[pendingCount++] = next;
            }

            var branches = IsBranch(ins.Op) && !(polls || (ins.Check & CheckKind.IfTaken) != 0);
            if ((ins.Op == Op.Jump && !(polls && Polls(code, ins.Arg))) || branches)
            {
                if (pendingCount == pending.Length)
                {
                    return new StepFootprint(reads, writes, true);
                }

                pending[pendingCount++] = ins.Arg;
            }
        }

        return new StepFootprint(reads, writes, false);
    }

    private static bool Polls(Instr[] code, int pc) => pc >= code.Length || (code[pc].Check & CheckKind.DeferBefore) == 0;

    /// <summary>A FOR_ITER at the thread's pc over a range touches only its frame; any other iterator may run code.</summary>
    private static bool IteratesARange(Frame frame, int pc) =>
        pc == frame.Pc && frame.Sp > 0 && frame.Slots[frame.Sp - 1].Ref is RaceLab.Python.Vm.Values.PyRangeIterator;

    private static bool IsBranch(Op op) => op is Op.PopJumpIfFalse or Op.PopJumpIfTrue or Op.PopJumpIfNone
        or Op.PopJumpIfNotNone or Op.JumpIfFalseOrPop or Op.JumpIfTrueOrPop or Op.ForIter;

    /// <summary>
    /// Instructions that touch nothing but the frame whatever their operands (moves, constants, locals, jumps,
    /// identity tests, tuples and strings built). Operators are not among them: on objects they run Python
    /// code or mutate what they act on (<see cref="IsIntOperator"/>).
    /// </summary>
    private static bool TouchesOnlyItsFrame(Op op) => op is Op.Nop or Op.Resume or Op.PopTop or Op.PushNull or Op.RotTwo
        or Op.RotThree or Op.RotFour or Op.DupTop or Op.DupTopTwo or Op.Copy or Op.Swap or Op.LoadConst or Op.LoadFast
        or Op.LoadFastAndClear or Op.LoadFastLoadFast or Op.StoreFast or Op.StoreFastLoadFast or Op.StoreFastStoreFast
        or Op.DeleteFast or Op.IsOp or Op.EndFor or Op.PopJumpIfNone or Op.PopJumpIfNotNone or Op.Jump
        or Op.BuildTuple or Op.BuildString or Op.LoadAssertionError;

    /// <summary>Operators, truth tests and FOR_ITER: frame-only when the stretch's conditions (ints, a range iterator) hold.</summary>
    private static bool IsIntOperator(Op op) => op is Op.UnaryNegative or Op.UnaryPositive or Op.UnaryNot or Op.UnaryInvert
        or Op.ToBool or Op.BinaryOp or Op.CompareOp or Op.ForIter or Op.PopJumpIfFalse or Op.PopJumpIfTrue
        or Op.JumpIfFalseOrPop or Op.JumpIfTrueOrPop;
}
