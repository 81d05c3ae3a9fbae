namespace RaceLab.Python.Compiler.Legacy;

/// <summary>
/// Lays out the blocks and fills in every jump's argument, repeating until no argument changes its
/// EXTENDED_ARG count (CPython's assemble_jump_offsets fixed point). 3.9 counts jump arguments in bytes,
/// 3.10 in code units: <c>scale</c> is 2 or 1.
/// </summary>
internal static class JumpArguments
{
    public static int BlockSize(BasicBlock block) => block.Instructions.Sum(i => WordCode.Size(i.Arg));

    public static void Resolve(List<BasicBlock> order, IReadOnlyList<BasicBlock> allBlocks, int scale)
    {
        bool again;
        do
        {
            var total = 0;
            foreach (var block in order)
            {
                block.Offset = total;
                total += BlockSize(block);
            }

            again = false;
            for (var b = allBlocks.Count - 1; b >= 0; b--)
            {
                var block = allBlocks[b];
                var position = block.Offset;
                foreach (var instr in block.Instructions)
                {
                    var size = WordCode.Size(instr.Arg);
                    position += size;
                    if (instr.JumpTarget is not { } jumpTarget)
                    {
                        continue;
                    }

                    var units = jumpTarget.Offset - (LegacyOpcodes.IsRelativeJump(instr.Op) ? position : 0);
                    instr.Arg = units * scale;
                    if (WordCode.Size(instr.Arg) != size)
                    {
                        again = true;
                    }
                }
            }
        }
        while (again);
    }
}
