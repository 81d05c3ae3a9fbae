using System.Collections.Immutable;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Compiler.Legacy;

/// <summary>
/// 3.9's assemble(): blocks in layout order, jump arguments as byte offsets (relative after the jump for
/// FOR_ITER, JUMP_FORWARD, SETUP_*), EXTENDED_ARG sizes to a fixed point, co_lnotab, then the peephole
/// optimizer over the finished bytes.
/// </summary>
internal static class Py39Assembler
{
    public static CodeObject Assemble(CodeUnit unit, string fileName)
    {
        var opcodes = LegacyOpcodes.For(PythonVersion.Py39);
        if (unit.FirstLine == 0)
        {
            var first = unit.Entry.Instructions.Count > 0 ? unit.Entry.Instructions[0].Line : 0;
            unit.FirstLine = first != 0 ? first : 1;
        }

        var order = Layout(unit.Entry);
        JumpArguments.Resolve(order, unit.Blocks, scale: 2);
        var total = order.Sum(JumpArguments.BlockSize);
        var ops = new byte[total];
        var args = new byte[total];
        var lnotab = new Py39Lnotab(unit.FirstLine);
        var offset = 0;
        var extendedArg = opcodes.Number(LegacyOp.ExtendedArg);
        foreach (var block in order)
        {
            foreach (var instr in block.Instructions)
            {
                if (instr.Line != 0)
                {
                    lnotab.Add(offset, instr.Line);
                }

                var size = WordCode.Size(instr.Arg);
                WordCode.Write(ops, args, offset, extendedArg, opcodes.Number(instr.Op), instr.Arg, size);
                offset += size;
            }
        }

        var consts = unit.Constants.Items.ToList();
        var (code, table) = new Py39Peephole(opcodes, ops, args, consts, lnotab.Bytes).Run();
        var stackSize = StackDepth.Compute(unit.Entry, unit.Blocks);
        return CodeObjectFactory.Create(unit, fileName, code, consts, stackSize, table);
    }

    /// <summary>The blocks reachable by the layout chain, in that order (3.9's dfs keeps b_next order).</summary>
    private static List<BasicBlock> Layout(BasicBlock entry)
    {
        var order = new List<BasicBlock>();
        var seen = new HashSet<BasicBlock>();
        for (var block = entry; block is not null && seen.Add(block); block = block.Next)
        {
            order.Add(block);
        }

        return order;
    }
}
