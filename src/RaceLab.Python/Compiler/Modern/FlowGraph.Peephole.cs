namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class FlowGraph
{
    /// <summary>CPython's optimize_basic_block: constant jumps, jump threading, swaps, fused pushes.</summary>
    private void OptimizeBasicBlock(BasicBlock bb, ConstantPool constants)
    {
        var list = bb.Instructions;
        var loadedConst = -1;
        for (var i = 0; i < list.Count; i++)
        {
            var inst = list[i];

            // 3.12 treats "LOAD_CONST; COPY 1" like the LOAD_CONST itself (constant and/or operands).
            if (Version == PythonVersion.Py312 && loadedConst >= 0 && inst is { Op: Op.COPY, Arg: 1 })
            {
                FoldLoadConst(list, ref i, loadedConst, constants);
                continue;
            }

            loadedConst = inst.Op == Op.LOAD_CONST ? inst.Arg : -1;
            // A block emptied by an earlier block's clean-up still shows CPython its stale first slot, a NOP
            // here, so nothing threads through it.
            var target = !OpInfo.HasTarget(inst.Op) ? null
                : inst.Target!.Instructions.Count > 0 ? inst.Target.Instructions[0]
                : new Instruction(Op.NOP, 0, SourceLocation.None);
            var next = i + 1 < list.Count ? list[i + 1] : null;
            var nextOp = next?.Op ?? Op.CACHE;
            switch (inst.Op)
            {
                case Op.LOAD_CONST when Version < PythonVersion.Py313:
                    FoldLoadConst(list, ref i, inst.Arg, constants);
                    break;
                case Op.JUMP_IF_FALSE_OR_POP or Op.JUMP_IF_TRUE_OR_POP:
                    i -= ThreadBoolJump(bb, inst, target!);
                    break;
                case Op.POP_JUMP_IF_FALSE or Op.POP_JUMP_IF_TRUE or Op.POP_JUMP_IF_NONE or Op.POP_JUMP_IF_NOT_NONE:
                    if (target!.Op == Op.JUMP)
                    {
                        i -= JumpThread(bb, inst, target, inst.Op);
                    }

                    break;
                case Op.JUMP or Op.JUMP_NO_INTERRUPT when Version >= PythonVersion.Py313:
                    // A jump to an interrupting jump must interrupt; one to a JUMP_NO_INTERRUPT keeps its own kind.
                    if (target!.Op is Op.JUMP or Op.JUMP_NO_INTERRUPT)
                    {
                        i -= JumpThread(bb, inst, target, target.Op == Op.JUMP ? Op.JUMP : inst.Op);
                    }

                    break;
                case Op.JUMP:
                    if (target!.Op == Op.JUMP)
                    {
                        i -= JumpThread(bb, inst, target, Op.JUMP);
                    }

                    break;
                case Op.BUILD_TUPLE:
                    if (next is { Op: Op.UNPACK_SEQUENCE } && next.Arg == inst.Arg && inst.Arg is >= 1 and <= 3)
                    {
                        inst.Set(Op.NOP);
                        if (inst.Arg == 1)
                        {
                            next.Set(Op.NOP);
                        }
                        else
                        {
                            next.Op = Op.SWAP;
                        }

                        break;
                    }

                    if (i >= inst.Arg)
                    {
                        FoldTupleOnConstants(list, i, constants);
                    }

                    break;
                case Op.SWAP:
                    if (inst.Arg == 1)
                    {
                        inst.Set(Op.NOP);
                        break;
                    }

                    if (Version >= PythonVersion.Py312)
                    {
                        ApplyStaticSwaps(bb, i);
                    }

                    break;
                case Op.PUSH_NULL when Version < PythonVersion.Py313:
                    if (next is { Op: Op.LOAD_GLOBAL } && (next.Arg & 1) == 0)
                    {
                        inst.Set(Op.NOP);
                        next.Arg |= 1;
                    }

                    break;
                case Op.LOAD_GLOBAL when Version >= PythonVersion.Py313:
                    if (nextOp == Op.PUSH_NULL && (inst.Arg & 1) == 0)
                    {
                        inst.Arg |= 1;
                        next!.Set(Op.NOP);
                    }

                    break;
                case Op.TO_BOOL when nextOp == Op.TO_BOOL:
                    inst.Set(Op.NOP);
                    break;
                case Op.UNARY_NOT when Version >= PythonVersion.Py313 && nextOp == Op.TO_BOOL:
                    inst.Set(Op.NOP);
                    next!.Set(Op.UNARY_NOT);
                    break;
                case Op.UNARY_NOT when Version >= PythonVersion.Py313 && nextOp == Op.UNARY_NOT:
                    inst.Set(Op.NOP);
                    next!.Set(Op.NOP);
                    break;
                case Op.IS_OP or Op.CONTAINS_OP when Version >= PythonVersion.Py313 && nextOp == Op.TO_BOOL:
                    next!.Set(inst.Op, inst.Arg);
                    inst.Set(Op.NOP);
                    break;
                case Op.IS_OP or Op.CONTAINS_OP when Version >= PythonVersion.Py313 && nextOp == Op.UNARY_NOT:
                    next!.Set(inst.Op, inst.Arg ^ 1);
                    inst.Set(Op.NOP);
                    break;
                case Op.COMPARE_OP when Version >= PythonVersion.Py313 && nextOp == Op.TO_BOOL:
                    next!.Set(Op.COMPARE_OP, inst.Arg | 16);
                    inst.Set(Op.NOP);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>LOAD_CONST None; IS_OP; [TO_BOOL;] POP_JUMP_IF_x becomes POP_JUMP_IF_NONE / _NOT_NONE.</summary>
    private static void FoldIsNone(List<Instruction> list, int i, ConstantPool constants)
    {
        if (constants[list[i].Arg] is not Bytecode.NoneConstant || list.Count <= i + 2)
        {
            return;
        }

        var isInstruction = list[i + 1];
        var jump = list[i + 2];
        if (jump.Op == Op.TO_BOOL)
        {
            jump.Set(Op.NOP);
            if (list.Count <= i + 3)
            {
                return;
            }

            jump = list[i + 3];
        }

        var invert = isInstruction.Arg != 0;
        if (jump.Op == Op.POP_JUMP_IF_FALSE)
        {
            invert = !invert;
        }
        else if (jump.Op != Op.POP_JUMP_IF_TRUE)
        {
            return;
        }

        list[i].Set(Op.NOP);
        isInstruction.Set(Op.NOP);
        jump.Op = invert ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
    }

    /// <summary>BUILD_TUPLE of n constants loaded just before it becomes one LOAD_CONST of the tuple.</summary>
    private static void FoldTupleOnConstants(List<Instruction> list, int i, ConstantPool constants)
    {
        var n = list[i].Arg;
        for (var k = i - n; k < i; k++)
        {
            if (list[k].Op != Op.LOAD_CONST)
            {
                return;
            }
        }

        var tuple = new Bytecode.TupleConstant([.. list.Skip(i - n).Take(n).Select(load => constants[load.Arg])]);
        var index = constants.Add(tuple);
        for (var k = i - n; k < i; k++)
        {
            list[k].Set(Op.NOP);
        }

        list[i].Set(Op.LOAD_CONST, index);
    }

    /// <summary>LOAD_CONST followed by a conditional jump or a return (3.11 and 3.12 in optimize_basic_block).</summary>
    private void FoldLoadConst(List<Instruction> list, ref int i, int constant, ConstantPool constants)
    {
        var inst = list[i];
        if (i + 1 >= list.Count)
        {
            return;
        }

        var next = list[i + 1];
        switch (next.Op)
        {
            case Op.POP_JUMP_IF_FALSE or Op.POP_JUMP_IF_TRUE:
                FoldConstantTest(inst, next, ConstantPool.IsTrue(constants[constant]));
                break;
            case Op.JUMP_IF_FALSE_OR_POP or Op.JUMP_IF_TRUE_OR_POP:
                {
                    var isTrue = ConstantPool.IsTrue(constants[constant]);
                    if (isTrue == (next.Op == Op.JUMP_IF_TRUE_OR_POP))
                    {
                        next.Op = Op.JUMP;
                    }
                    else
                    {
                        inst.Set(Op.NOP);
                        next.Set(Op.NOP);
                    }

                    break;
                }

            case Op.IS_OP:
                FoldIsNone(list, i, constants);
                break;
            case Op.RETURN_VALUE when Version >= PythonVersion.Py312:
                next.Set(Op.RETURN_CONST, constant);
                inst.Set(Op.NOP);
                i++;
                break;
            default:
                break;
        }
    }

    /// <summary>A constant's POP_JUMP_IF_*: the load goes, and the jump is always taken (JUMP) or never (NOP).</summary>
    private static void FoldConstantTest(Instruction load, Instruction jump, bool isTrue)
    {
        load.Set(Op.NOP);
        if (isTrue == (jump.Op == Op.POP_JUMP_IF_TRUE))
        {
            jump.Op = Op.JUMP;
        }
        else
        {
            jump.Set(Op.NOP);
        }
    }

    /// <summary>3.13's optimize_load_const pass (constant tests after TO_BOOL, RETURN_CONST).</summary>
    private static void OptimizeLoadConst(BasicBlock bb, ConstantPool constants)
    {
        var list = bb.Instructions;
        var opcode = Op.NOP;
        var oparg = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var inst = list[i];
            var isCopyOfLoadConst = opcode == Op.LOAD_CONST && inst is { Op: Op.COPY, Arg: 1 };
            if (!isCopyOfLoadConst)
            {
                opcode = inst.Op;
                oparg = inst.Arg;
            }

            if (opcode != Op.LOAD_CONST || i + 1 >= list.Count)
            {
                continue;
            }

            var next = list[i + 1];
            switch (next.Op)
            {
                case Op.POP_JUMP_IF_FALSE or Op.POP_JUMP_IF_TRUE:
                    FoldConstantTest(inst, next, ConstantPool.IsTrue(constants[oparg]));
                    break;

                case Op.IS_OP:
                    FoldIsNone(list, i, constants);
                    break;
                case Op.RETURN_VALUE:
                    inst.Set(Op.NOP);
                    next.Set(Op.RETURN_CONST, oparg);
                    i++;
                    break;
                case Op.TO_BOOL:
                    {
                        var index = constants.Add(new Bytecode.BoolConstant(ConstantPool.IsTrue(constants[oparg])));
                        inst.Set(Op.NOP);
                        next.Set(Op.LOAD_CONST, index);
                        break;
                    }

                default:
                    break;
            }
        }
    }
}
