using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Compiler.Legacy;

/// <summary>
/// 3.10's assemble(): normalize and optimize the control-flow graph, repair line numbers, drop unused
/// trailing constants, then lay out with jump arguments in instruction units and write co_linetable.
/// </summary>
internal static class Py310Assembler
{
    public static CodeObject Assemble(CodeUnit unit, string fileName)
    {
        var opcodes = LegacyOpcodes.For(PythonVersion.Py310);
        foreach (var block in unit.Blocks.Reverse())
        {
            Py310Cfg.Normalize(block);
        }

        foreach (var block in unit.Blocks.Reverse())
        {
            Py310Cfg.Extend(block);
        }

        if (unit.FirstLine == 0)
        {
            unit.FirstLine = unit.Entry.Instructions.Count > 0 ? unit.Entry.Instructions[0].Line : 1;
        }

        // insert_generator_prefix: GEN_START 0, without a line, ahead of a generator's code.
        var generator = (unit.ScopeFlags & CodeFlags.Generator) != 0;
        if (generator)
        {
            unit.Entry.Instructions.Insert(0, new Instruction(LegacyOp.GenStart, 0, null, -1));
        }

        var consts = unit.Constants.Items.ToList();
        new Py310Optimizer(unit, consts).Run();
        Py310Lines.DuplicateExitsWithoutLine(unit);
        TrimUnusedConstants(unit.Entry, consts);
        Py310Lines.Propagate(unit.Entry);
        Py310Lines.GuaranteeForExits(unit.Entry, unit.FirstLine);
        var stackSize = StackDepth.Compute(unit.Entry, unit.Blocks, generator ? 1 : 0);
        var order = new List<BasicBlock>();
        for (var block = unit.Entry; block is not null; block = block.Next)
        {
            order.Add(block);
        }

        NormalizeJumps(order);

        JumpArguments.Resolve(order, unit.Blocks, scale: 1);
        var total = order.Sum(JumpArguments.BlockSize);
        var ops = new byte[total];
        var args = new byte[total];
        var lines = new Py310LineTable(unit.FirstLine);
        var offset = 0;
        var extendedArg = opcodes.Number(LegacyOp.ExtendedArg);
        foreach (var block in order)
        {
            foreach (var instr in block.Instructions)
            {
                lines.Add(offset, instr.Line);
                // An instruction rewritten in place (NOP, ROT_TWO) keeps its old argument in the bytes.
                var arg = instr.Arg;
                var size = WordCode.Size(arg);
                WordCode.Write(ops, args, offset, extendedArg, opcodes.Number(instr.Op), arg, size);
                offset += size;
            }
        }

        lines.Finish(offset);
        var code = WordCode.Interleave(ops, args, total);
        return CodeObjectFactory.Create(unit, fileName, [.. code], consts, stackSize, [.. lines.Bytes]);
    }

    /// <summary>normalize_jumps: an unconditional jump is JUMP_FORWARD when its target lies ahead, else JUMP_ABSOLUTE.</summary>
    private static void NormalizeJumps(List<BasicBlock> order)
    {
        var visited = new HashSet<BasicBlock>();
        foreach (var block in order)
        {
            visited.Add(block);
            if (block.IsEmpty)
            {
                continue;
            }

            var last = block.Last;
            if (last.Op == LegacyOp.JumpAbsolute && !visited.Contains(last.Target!))
            {
                last.Op = LegacyOp.JumpForward;
            }

            if (last.Op == LegacyOp.JumpForward && visited.Contains(last.Target!))
            {
                last.Op = LegacyOp.JumpAbsolute;
            }
        }
    }

    private static void TrimUnusedConstants(BasicBlock entry, List<Constant> consts)
    {
        // The first constant may be a docstring: always kept.
        var max = 0;
        for (var block = entry; block is not null; block = block.Next)
        {
            foreach (var instr in block.Instructions)
            {
                if (instr.Op == LegacyOp.LoadConst)
                {
                    max = Math.Max(max, instr.Arg);
                }
            }
        }

        if (max + 1 < consts.Count)
        {
            consts.RemoveRange(max + 1, consts.Count - max - 1);
        }
    }
}
