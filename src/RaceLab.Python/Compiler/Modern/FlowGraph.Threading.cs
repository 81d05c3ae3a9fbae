namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class FlowGraph
{
    /// <summary>Retargets a jump whose target is another jump (CPython's jump_thread).</summary>
    private int JumpThread(BasicBlock bb, Instruction inst, Instruction target, Op op)
    {
        if (inst.Target == target.Target)
        {
            return 0;
        }

        switch (Version)
        {
            case PythonVersion.Py311 when inst.Location.Line != target.Location.Line:
                return 0;
            case PythonVersion.Py312 when inst.Location.Line != target.Location.Line && target.Location.HasLine:
                return 0;
            case PythonVersion.Py311 or PythonVersion.Py312:
                inst.Target = target.Target;
                inst.Op = op;
                return 1;
            default:
                // 3.13 keeps the old jump's line as a NOP and appends the new jump with the target's location.
                inst.Set(Op.NOP);
                bb.Instructions.Add(new Instruction(op, 0, target.Location) { Target = target.Target });
                return 1;
        }
    }

    /// <summary>3.11's threading of JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP.</summary>
    private int ThreadBoolJump(BasicBlock bb, Instruction inst, Instruction target)
    {
        var isFalse = inst.Op == Op.JUMP_IF_FALSE_OR_POP;
        var same = isFalse ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
        var opposite = isFalse ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE;
        var oppositeOrPop = isFalse ? Op.JUMP_IF_TRUE_OR_POP : Op.JUMP_IF_FALSE_OR_POP;
        if (target.Op == same)
        {
            return JumpThread(bb, inst, target, same);
        }

        if (target.Op == Op.JUMP || target.Op == inst.Op)
        {
            return JumpThread(bb, inst, target, inst.Op);
        }

        if ((target.Op == oppositeOrPop || target.Op == opposite) && inst.Location.Line == target.Location.Line)
        {
            inst.Op = same;
            inst.Target = inst.Target!.Next;
            return 1;
        }

        return 0;
    }
}
