namespace RaceLab.Python.Compiler.Legacy;

/// <summary>
/// 3.10's control-flow-graph passes before optimization (compile.c normalize_basic_block, extend_block,
/// mark_reachable, eliminate_empty_basic_blocks, clean_basic_block).
/// </summary>
internal static class Py310Cfg
{
    /// <summary>Exit blocks this small are copied into a block that jumps to them.</summary>
    public const int MaxCopySize = 4;

    public static void Normalize(BasicBlock block)
    {
        foreach (var instr in block.Instructions)
        {
            switch (instr.Op)
            {
                case LegacyOp.ReturnValue or LegacyOp.RaiseVarargs or LegacyOp.Reraise:
                    block.IsExit = true;
                    block.NoFallthrough = true;
                    break;
                case LegacyOp.JumpAbsolute or LegacyOp.JumpForward:
                    block.NoFallthrough = true;
                    SkipEmptyTarget(instr);
                    break;
                case LegacyOp.PopJumpIfFalse or LegacyOp.PopJumpIfTrue or LegacyOp.JumpIfFalseOrPop
                    or LegacyOp.JumpIfTrueOrPop or LegacyOp.ForIter:
                    SkipEmptyTarget(instr);
                    break;
            }
        }
    }

    /// <summary>A block ending in a jump to a small exit block takes a copy of that block instead.</summary>
    public static void Extend(BasicBlock block)
    {
        if (block.IsEmpty)
        {
            return;
        }

        var last = block.Last;
        if (!LegacyOpcodes.IsUnconditionalJump(last.Op))
        {
            return;
        }

        var target = last.Target!;
        if (target.IsExit && target.Instructions.Count <= MaxCopySize)
        {
            last.Op = LegacyOp.Nop;
            foreach (var instr in target.Instructions)
            {
                block.Instructions.Add(instr.Clone());
            }

            block.IsExit = true;
        }
    }

    public static void MarkReachable(BasicBlock entry)
    {
        var stack = new Stack<BasicBlock>();
        entry.Predecessors = 1;
        stack.Push(entry);
        while (stack.Count > 0)
        {
            var block = stack.Pop();
            if (block.Next is not null && !block.NoFallthrough)
            {
                if (block.Next.Predecessors == 0)
                {
                    stack.Push(block.Next);
                }

                block.Next.Predecessors++;
            }

            foreach (var instr in block.Instructions)
            {
                if (instr.JumpTarget is { } target)
                {
                    if (target.Predecessors == 0)
                    {
                        stack.Push(target);
                    }

                    target.Predecessors++;
                }
            }
        }
    }

    public static void EliminateEmptyBlocks(BasicBlock entry)
    {
        for (var block = entry; block is not null; block = block.Next)
        {
            var next = block.Next;
            if (next is not null)
            {
                while (next.IsEmpty && next.Next is not null)
                {
                    next = next.Next;
                }

                block.Next = next;
            }
        }

        for (var block = entry; block is not null; block = block.Next)
        {
            if (!block.IsEmpty && block.Last.JumpTarget is { } target)
            {
                while (target.IsEmpty)
                {
                    target = target.Next!;
                }

                block.Last.Target = target;
            }
        }
    }

    /// <summary>Removes NOPs whose line is carried by a neighbour anyway.</summary>
    public static void Clean(BasicBlock block, int previousLine)
    {
        var list = block.Instructions;
        var kept = new List<Instruction>(list.Count);
        for (var src = 0; src < list.Count; src++)
        {
            var line = list[src].Line;
            if (list[src].Op == LegacyOp.Nop && IsRedundantNop(block, src, line, previousLine))
            {
                continue;
            }

            kept.Add(list[src]);
            previousLine = line;
        }

        list.Clear();
        list.AddRange(kept);
    }

    private static bool IsRedundantNop(BasicBlock block, int src, int line, int previousLine)
    {
        var list = block.Instructions;
        if (line < 0 || previousLine == line)
        {
            return true;
        }

        if (src < list.Count - 1)
        {
            var nextLine = list[src + 1].Line;
            if (nextLine < 0 || nextLine == line)
            {
                list[src + 1].Line = line;
                return true;
            }

            return false;
        }

        var next = block.Next;
        while (next is not null && next.IsEmpty)
        {
            next = next.Next;
        }

        return next is not null && line == next.Instructions[0].Line;
    }

    private static void SkipEmptyTarget(Instruction instr)
    {
        while (instr.Target!.IsEmpty)
        {
            instr.Target = instr.Target.Next;
        }
    }
}
