using System.Collections.Immutable;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Compiler.Legacy;

/// <summary>3.10's optimize_cfg: per-block peepholes, jump threading, dead blocks, redundant jumps.</summary>
internal sealed class Py310Optimizer(CodeUnit unit, List<Constant> consts)
{
    public void Run()
    {
        var entry = unit.Entry;
        for (var block = entry; block is not null; block = block.Next)
        {
            OptimizeBlock(block);
            Py310Cfg.Clean(block, -1);
        }

        for (var b = unit.Blocks.Count - 1; b >= 0; b--)
        {
            Py310Cfg.Extend(unit.Blocks[b]);
        }

        Py310Cfg.MarkReachable(entry);
        for (var block = entry; block is not null; block = block.Next)
        {
            if (block.Predecessors == 0)
            {
                block.Instructions.Clear();
                block.NoFallthrough = false;
            }
        }

        BasicBlock? previous = null;
        for (var block = entry; block is not null; block = block.Next)
        {
            var previousLine = previous is { IsEmpty: false } ? previous.Last.Line : -1;
            Py310Cfg.Clean(block, previousLine);
            previous = block.NoFallthrough ? null : block;
        }

        Py310Cfg.EliminateEmptyBlocks(entry);
        var maybeEmpty = false;
        for (var block = entry; block is not null; block = block.Next)
        {
            if (!block.IsEmpty && LegacyOpcodes.IsUnconditionalJump(block.Last.Op) && block.Last.Target == block.Next)
            {
                block.NoFallthrough = false;
                block.Last.Op = LegacyOp.Nop;
                Py310Cfg.Clean(block, -1);
                maybeEmpty = true;
            }
        }

        if (maybeEmpty)
        {
            Py310Cfg.EliminateEmptyBlocks(entry);
        }
    }

    private void OptimizeBlock(BasicBlock block)
    {
        var list = block.Instructions;
        for (var i = 0; i < list.Count; i++)
        {
            var inst = list[i];
            var nextOp = i + 1 < list.Count ? list[i + 1].Op : (LegacyOp?)null;
            Instruction? target = null;
            if (inst.JumpTarget is { } jumpTarget)
            {
                while (jumpTarget.IsEmpty)
                {
                    jumpTarget = jumpTarget.Next!;
                }

                inst.Target = jumpTarget;
                target = jumpTarget.Instructions[0];
            }

            switch (inst.Op)
            {
                case LegacyOp.LoadConst:
                    FoldConstantCondition(block, i, nextOp);
                    break;
                case LegacyOp.BuildTuple:
                    if (nextOp == LegacyOp.UnpackSequence && inst.Arg == list[i + 1].Arg)
                    {
                        SwapInsteadOfTuple(list, i);
                    }
                    else if (i >= inst.Arg)
                    {
                        FoldTuple(list, i);
                    }

                    break;
                case LegacyOp.JumpIfFalseOrPop or LegacyOp.JumpIfTrueOrPop:
                    if (ThreadShortCircuit(inst, target!))
                    {
                        i--;
                    }

                    break;
                case LegacyOp.PopJumpIfFalse or LegacyOp.PopJumpIfTrue:
                    if (LegacyOpcodes.IsUnconditionalJump(target!.Op) && Thread(inst, target, inst.Op))
                    {
                        i--;
                    }

                    break;
                case LegacyOp.JumpAbsolute or LegacyOp.JumpForward:
                    if (LegacyOpcodes.IsUnconditionalJump(target!.Op) && Thread(inst, target, LegacyOp.JumpAbsolute))
                    {
                        i--;
                    }

                    break;
                case LegacyOp.ForIter:
                    if (target!.Op == LegacyOp.JumpForward && Thread(inst, target, LegacyOp.ForIter))
                    {
                        i--;
                    }

                    break;
                case LegacyOp.ReturnValue:
                    // Nothing after a return in its block can run.
                    list.RemoveRange(i + 1, list.Count - i - 1);
                    break;
            }
        }
    }

    private void FoldConstantCondition(BasicBlock block, int i, LegacyOp? nextOp)
    {
        var list = block.Instructions;
        var inst = list[i];
        switch (nextOp)
        {
            case LegacyOp.PopJumpIfFalse or LegacyOp.PopJumpIfTrue:
                {
                    var isTrue = ConstantTruth.IsTrue(consts[inst.Arg]);
                    inst.Op = LegacyOp.Nop;
                    if (isTrue == (nextOp == LegacyOp.PopJumpIfTrue))
                    {
                        list[i + 1].Op = LegacyOp.JumpAbsolute;
                        block.NoFallthrough = true;
                    }
                    else
                    {
                        list[i + 1].Op = LegacyOp.Nop;
                    }

                    break;
                }

            case LegacyOp.JumpIfFalseOrPop or LegacyOp.JumpIfTrueOrPop:
                {
                    var isTrue = ConstantTruth.IsTrue(consts[inst.Arg]);
                    if (isTrue == (nextOp == LegacyOp.JumpIfTrueOrPop))
                    {
                        list[i + 1].Op = LegacyOp.JumpAbsolute;
                        block.NoFallthrough = true;
                    }
                    else
                    {
                        inst.Op = LegacyOp.Nop;
                        list[i + 1].Op = LegacyOp.Nop;
                    }

                    break;
                }
        }
    }

    private static void SwapInsteadOfTuple(List<Instruction> list, int i)
    {
        switch (list[i].Arg)
        {
            case 1:
                list[i].Op = LegacyOp.Nop;
                list[i + 1].Op = LegacyOp.Nop;
                break;
            case 2:
                list[i].Op = LegacyOp.RotTwo;
                list[i + 1].Op = LegacyOp.Nop;
                break;
            case 3:
                list[i].Op = LegacyOp.RotThree;
                list[i + 1].Op = LegacyOp.RotTwo;
                break;
        }
    }

    private void FoldTuple(List<Instruction> list, int i)
    {
        var n = list[i].Arg;
        for (var k = i - n; k < i; k++)
        {
            if (list[k].Op != LegacyOp.LoadConst)
            {
                return;
            }
        }

        var items = ImmutableArray.CreateBuilder<Constant>(n);
        for (var k = i - n; k < i; k++)
        {
            items.Add(consts[list[k].Arg]);
            list[k].Op = LegacyOp.Nop;
        }

        var tuple = new TupleConstant(items.MoveToImmutable());
        var index = consts.FindIndex(c => ConstantKeyComparer.Instance.Equals(c, tuple));
        if (index < 0)
        {
            index = consts.Count;
            consts.Add(tuple);
        }

        list[i].Op = LegacyOp.LoadConst;
        list[i].Arg = index;
    }

    /// <summary>JUMP_IF_X_OR_POP to another conditional or unconditional jump; true to revisit.</summary>
    private static bool ThreadShortCircuit(Instruction inst, Instruction target)
    {
        var onTrue = inst.Op == LegacyOp.JumpIfTrueOrPop;
        var popSame = onTrue ? LegacyOp.PopJumpIfTrue : LegacyOp.PopJumpIfFalse;
        var sameSense = onTrue ? LegacyOp.JumpIfTrueOrPop : LegacyOp.JumpIfFalseOrPop;
        var otherSense = onTrue ? LegacyOp.JumpIfFalseOrPop : LegacyOp.JumpIfTrueOrPop;
        if (target.Op == popSame)
        {
            return Thread(inst, target, popSame);
        }

        if (target.Op == sameSense || LegacyOpcodes.IsUnconditionalJump(target.Op))
        {
            return Thread(inst, target, sameSense);
        }

        if (target.Op == otherSense && inst.Line == target.Line)
        {
            // The second test fails whenever the first jumps: jump past it, popping the value.
            inst.Op = popSame;
            inst.Target = inst.Target!.Next;
        }

        return false;
    }

    /// <summary>jump_thread: jump straight to the target jump's target when both share a line.</summary>
    private static bool Thread(Instruction inst, Instruction target, LegacyOp op)
    {
        if (inst.Line != target.Line || inst.Target == target.Target)
        {
            return false;
        }

        inst.Target = target.Target;
        inst.Op = op;
        return true;
    }
}
