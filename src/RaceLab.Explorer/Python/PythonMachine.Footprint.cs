using RaceLab.Explorer.Sampling;
using RaceLab.Python.Vm.Loading;

namespace RaceLab.Explorer.Python;

public sealed partial class PythonMachine
{
    private const int MaxFootprintScan = 32;

    /// <summary>
    /// What a thread's next step may touch, read from its code without running it: the instructions from its
    /// pc to the next switch point on the straight line (one instruction when every boundary is a switch
    /// point). Shared globals are named; a call, an attribute or item access, a lock or anything else the
    /// scan does not model counts as touching anything, and a jump ends the scan (what follows is the next step's).
    /// </summary>
    internal StepFootprint NextFootprint(LiveRun live, int thread)
    {
        var t = live.Threads[thread];
        if (!t.Started || t.BlockedOnLock is not null || t.Top is not { } frame)
        {
            return new StepFootprint(0, 0, true);
        }

        var code = frame.Code.Code;
        ulong reads = 0, writes = 0;
        for (var pc = frame.Pc; pc < code.Length && pc < frame.Pc + MaxFootprintScan; pc++)
        {
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
            else if (!TouchesOnlyItsFrame(ins.Op))
            {
                return new StepFootprint(reads, writes, true);
            }

            if (_oneInstructionSteps || EndsStraightLine(ins.Op) || (ins.Check & CheckKind.After) != 0)
            {
                break;
            }
        }

        return new StepFootprint(reads, writes, false);
    }

    private static bool TouchesOnlyItsFrame(Op op) => op is Op.Nop or Op.Resume or Op.PopTop or Op.PushNull or Op.RotTwo
        or Op.RotThree or Op.RotFour or Op.DupTop or Op.DupTopTwo or Op.Copy or Op.Swap or Op.LoadConst or Op.LoadFast
        or Op.LoadFastAndClear or Op.LoadFastLoadFast or Op.StoreFast or Op.StoreFastLoadFast or Op.StoreFastStoreFast
        or Op.DeleteFast or Op.UnaryNegative or Op.UnaryPositive or Op.UnaryNot or Op.UnaryInvert or Op.ToBool
        or Op.BinaryOp or Op.CompareOp or Op.IsOp or Op.ForIter or Op.EndFor or Op.PopJumpIfFalse or Op.PopJumpIfTrue
        or Op.PopJumpIfNone or Op.PopJumpIfNotNone or Op.JumpIfFalseOrPop or Op.JumpIfTrueOrPop or Op.Jump
        or Op.BuildTuple or Op.BuildString or Op.LoadAssertionError;

    private static bool EndsStraightLine(Op op) => op is Op.Jump or Op.PopJumpIfFalse or Op.PopJumpIfTrue
        or Op.PopJumpIfNone or Op.PopJumpIfNotNone or Op.JumpIfFalseOrPop or Op.JumpIfTrueOrPop;
}
