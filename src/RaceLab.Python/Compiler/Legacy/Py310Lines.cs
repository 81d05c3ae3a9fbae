namespace RaceLab.Python.Compiler.Legacy;

/// <summary>
/// 3.10's line-number repairs after optimization (compile.c duplicate_exits_without_lineno,
/// propagate_line_numbers, guarantee_lineno_for_exits): artificial instructions take a neighbour's line.
/// </summary>
internal static class Py310Lines
{
    public static void DuplicateExitsWithoutLine(CodeUnit unit)
    {
        // CPython walks u_blocks newest first; blocks copied here are not revisited.
        var blocks = unit.Blocks.ToList();
        for (var b = blocks.Count - 1; b >= 0; b--)
        {
            var block = blocks[b];
            if (block.IsEmpty || block.Last.JumpTarget is not { } target || IsHandlerSetup(block.Last.Op))
            {
                continue;
            }

            if (IsExitWithoutLine(target) && target.Predecessors > 1)
            {
                var copy = unit.NewBlock();
                foreach (var instr in target.Instructions)
                {
                    copy.Instructions.Add(instr.Clone());
                }

                copy.IsExit = target.IsExit;
                copy.NoFallthrough = true;
                copy.Instructions[0].Line = block.Last.Line;
                block.Last.Target = copy;
                target.Predecessors--;
                copy.Predecessors = 1;
                copy.Next = target.Next;
                target.Next = copy;
            }
        }

        foreach (var block in unit.Blocks.Reverse())
        {
            while (block.Next is { IsEmpty: true })
            {
                block.Next = block.Next.Next;
            }
        }

        foreach (var block in unit.Blocks.Reverse())
        {
            if (!block.NoFallthrough && block.Next is not null && !block.IsEmpty && IsExitWithoutLine(block.Next))
            {
                block.Next.Instructions[0].Line = block.Last.Line;
            }
        }
    }

    public static void Propagate(BasicBlock entry)
    {
        for (var block = entry; block is not null; block = block.Next)
        {
            if (block.IsEmpty)
            {
                continue;
            }

            var previous = -1;
            foreach (var instr in block.Instructions)
            {
                if (instr.Line < 0)
                {
                    instr.Line = previous;
                }
                else
                {
                    previous = instr.Line;
                }
            }

            if (!block.NoFallthrough && block.Next!.Predecessors == 1 && block.Next.Instructions[0].Line < 0)
            {
                block.Next.Instructions[0].Line = previous;
            }

            var last = block.Last;
            if (last.JumpTarget is { } target && !IsHandlerSetup(last.Op) && target.Predecessors == 1
                && target.Instructions[0].Line < 0)
            {
                target.Instructions[0].Line = previous;
            }
        }
    }

    public static void GuaranteeForExits(BasicBlock entry, int firstLine)
    {
        var line = firstLine;
        for (var block = entry; block is not null; block = block.Next)
        {
            if (block.IsEmpty)
            {
                continue;
            }

            var last = block.Last;
            if (last.Line < 0)
            {
                if (last.Op == LegacyOp.ReturnValue)
                {
                    foreach (var instr in block.Instructions)
                    {
                        instr.Line = line;
                    }
                }
            }
            else
            {
                line = last.Line;
            }
        }
    }

    private static bool IsHandlerSetup(LegacyOp op) => op is LegacyOp.SetupWith or LegacyOp.SetupFinally;

    // Only the first instruction is checked, as 3.10 does.
    private static bool IsExitWithoutLine(BasicBlock block) => block.IsExit && block.Instructions[0].Line < 0;
}
