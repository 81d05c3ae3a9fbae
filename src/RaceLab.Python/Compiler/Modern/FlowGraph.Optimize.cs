namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class FlowGraph
{
    private const int MaxCopySize = 4;

    /// <summary>CPython's optimize_cfg, in each release's order of passes.</summary>
    private void OptimizeCfg(ConstantPool constants)
    {
        switch (Version)
        {
            case PythonVersion.Py311:
                foreach (var b in Blocks())
                {
                    OptimizeBasicBlock(b, constants);
                    RemoveRedundantNops(b);
                }

                foreach (var b in Blocks())
                {
                    InlineSmallExitBlock(b);
                }

                MarkReachable();
                DropUnreachable();
                EliminateEmptyBlocks();
                foreach (var b in Blocks())
                {
                    RemoveRedundantNops(b);
                }

                RemoveRedundantJumps();
                break;
            case PythonVersion.Py312:
                EliminateEmptyBlocks();
                foreach (var b in Blocks())
                {
                    InlineSmallExitBlock(b);
                }

                foreach (var b in Blocks())
                {
                    OptimizeBasicBlock(b, constants);
                }

                RemoveRedundantNopsAndPairs();
                foreach (var b in Blocks())
                {
                    InlineSmallExitBlock(b);
                }

                MarkReachable();
                DropUnreachable();
                foreach (var b in Blocks())
                {
                    RemoveRedundantNops(b);
                }

                EliminateEmptyBlocks();
                RemoveRedundantJumps();
                break;
            default:
                InlineSmallOrNoLinenoBlocks();
                MarkReachable();
                DropUnreachable();
                ResolveLineNumbers();
                foreach (var b in Blocks())
                {
                    OptimizeLoadConst(b, constants);
                }

                foreach (var b in Blocks())
                {
                    OptimizeBasicBlock(b, constants);
                }

                RemoveRedundantNopsAndPairs();
                MarkReachable();
                DropUnreachable();
                bool changed;
                do
                {
                    var removed = 0;
                    foreach (var b in Blocks())
                    {
                        removed += RemoveRedundantNops(b);
                    }

                    changed = removed + RemoveRedundantJumps() > 0;
                }
                while (changed);
                break;
        }
    }

    /// <summary>Unconditional jump to a small exit block: copy the block instead (extend_block in 3.11).</summary>
    private bool InlineSmallExitBlock(BasicBlock b)
    {
        var last = b.Last;
        if (last is null || !IsInlinableJump(last.Op))
        {
            return false;
        }

        var target = last.Target!;
        if (target.ExitsScope && target.Instructions.Count <= MaxCopySize)
        {
            if (Version == PythonVersion.Py311 && target.Instructions.Any(i => i.Location.HasLine))
            {
                // 3.11 copies only exits without a line number (implicit returns), for tracing.
                return false;
            }

            last.Set(Op.NOP);
            b.Instructions.AddRange(target.Instructions.Select(i => i.Clone()));
            return true;
        }

        return false;
    }

    private bool IsInlinableJump(Op op) =>
        Version == PythonVersion.Py311 ? op is Op.JUMP or Op.JUMP_FORWARD or Op.JUMP_BACKWARD : OpInfo.IsUnconditionalJump(op);

    /// <summary>3.13's inline_small_or_no_lineno_blocks.</summary>
    private void InlineSmallOrNoLinenoBlocks()
    {
        bool changes;
        do
        {
            changes = false;
            foreach (var b in Blocks())
            {
                var last = b.Last;
                if (last is null || !OpInfo.IsUnconditionalJump(last.Op))
                {
                    continue;
                }

                var target = last.Target!;
                var smallExit = target.ExitsScope && target.Instructions.Count <= MaxCopySize;
                var noLineno = target.Instructions.All(i => !i.Location.HasLine) && !target.HasFallthrough;
                if (!smallExit && !noLineno)
                {
                    continue;
                }

                var removedOp = last.Op;
                last.Set(Op.NOP);
                b.Instructions.AddRange(target.Instructions.Select(i => i.Clone()));
                if (noLineno && b.Last is { } newLast && OpInfo.IsUnconditionalJump(newLast.Op) && removedOp == Op.JUMP)
                {
                    // Keep the eval-breaker check of the jump that was removed.
                    newLast.Op = Op.JUMP;
                }

                target.Predecessors--;
                changes = true;
            }
        }
        while (changes);
    }

    /// <summary>CPython's mark_reachable / remove_unreachable: counts predecessors from the entry.</summary>
    private void MarkReachable()
    {
        foreach (var b in Blocks())
        {
            b.Predecessors = 0;
            b.Visited = false;
        }

        var stack = new Stack<BasicBlock>();
        Entry.Predecessors = 1;
        Entry.Visited = true;
        stack.Push(Entry);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            if (b.Next is { } next && b.HasFallthrough)
            {
                if (!next.Visited)
                {
                    next.Visited = true;
                    stack.Push(next);
                }

                next.Predecessors++;
            }

            foreach (var instruction in b.Instructions)
            {
                if (OpInfo.HasTarget(instruction.Op))
                {
                    var target = instruction.Target!;
                    if (!target.Visited)
                    {
                        target.Visited = true;
                        stack.Push(target);
                    }

                    target.Predecessors++;
                }
            }
        }
    }

    private void DropUnreachable()
    {
        foreach (var b in Blocks())
        {
            if (b.Predecessors == 0)
            {
                b.Instructions.Clear();
                if (Version >= PythonVersion.Py313)
                {
                    b.ExceptHandler = false;
                }
            }
        }
    }

    /// <summary>CPython's eliminate_empty_basic_blocks.</summary>
    private void EliminateEmptyBlocks()
    {
        foreach (var b in Blocks())
        {
            b.Next = NextNonEmpty(b.Next);
        }

        Entry = NextNonEmpty(Entry) ?? Entry;
        foreach (var b in Blocks())
        {
            foreach (var instruction in b.Instructions.Where(i => OpInfo.HasTarget(i.Op)))
            {
                instruction.Target = NextNonEmpty(instruction.Target);
            }
        }
    }

    /// <summary>A jump to the block that follows anyway becomes a NOP.</summary>
    private int RemoveRedundantJumps()
    {
        var changes = 0;
        foreach (var b in Blocks())
        {
            var last = b.Last;
            if (last is null)
            {
                continue;
            }

            var redundant = Version switch
            {
                PythonVersion.Py311 => last.Op is Op.JUMP or Op.JUMP_NO_INTERRUPT && last.Target == b.Next,
                PythonVersion.Py312 => OpInfo.IsUnconditionalJump(last.Op) && last.Target == b.Next,
                _ => OpInfo.IsUnconditionalJump(last.Op) && NextNonEmpty(last.Target) == NextNonEmpty(b.Next),
            };
            if (redundant)
            {
                last.Set(Op.NOP);
                changes++;
            }
        }

        return changes;
    }

    /// <summary>CPython's remove_redundant_nops for one block: keeps a NOP only when it carries a line.</summary>
    private int RemoveRedundantNops(BasicBlock b)
    {
        var list = b.Instructions;
        var kept = new List<Instruction>(list.Count);
        var previousLine = -1;
        for (var src = 0; src < list.Count; src++)
        {
            var instruction = list[src];
            var line = instruction.Location.Line;
            if (instruction.Op == Op.NOP)
            {
                if (line < 0 || previousLine == line)
                {
                    continue;
                }

                if (src < list.Count - 1)
                {
                    var nextLine = list[src + 1].Location.Line;
                    if (nextLine == line)
                    {
                        continue;
                    }

                    if (nextLine < 0)
                    {
                        list[src + 1].Location = instruction.Location;
                        continue;
                    }
                }
                else if (NextNonEmpty(b.Next) is { } next && line == FirstRealLine(next))
                {
                    continue;
                }
            }

            kept.Add(instruction);
            previousLine = line;
        }

        var removed = list.Count - kept.Count;
        list.Clear();
        list.AddRange(kept);
        return removed;
    }

    private int FirstRealLine(BasicBlock next)
    {
        if (Version < PythonVersion.Py313)
        {
            return next.Instructions[0].Location.Line;
        }

        foreach (var instruction in next.Instructions)
        {
            if (instruction.Op == Op.NOP && !instruction.Location.HasLine)
            {
                continue;
            }

            return instruction.Location.Line;
        }

        return -1;
    }

    /// <summary>3.12+: drop NOPs, then pairs that cancel out (LOAD_CONST or COPY 1, then POP_TOP).</summary>
    private void RemoveRedundantNopsAndPairs()
    {
        var done = false;
        while (!done)
        {
            done = true;
            Instruction? instruction = null;
            foreach (var b in Blocks())
            {
                RemoveRedundantNops(b);
                if (b.Label >= 0)
                {
                    instruction = null;
                }

                foreach (var current in b.Instructions)
                {
                    var previous = instruction;
                    instruction = current;
                    if (current.Op == Op.POP_TOP && previous is not null
                        && (previous.Op == Op.LOAD_CONST || previous is { Op: Op.COPY, Arg: 1 }))
                    {
                        previous.Set(Op.NOP);
                        current.Set(Op.NOP);
                        done = false;
                    }
                }

                if ((instruction is not null && OpInfo.IsJump(instruction.Op)) || !b.HasFallthrough)
                {
                    instruction = null;
                }
            }
        }
    }
}
