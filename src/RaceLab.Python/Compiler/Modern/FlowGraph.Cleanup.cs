namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class FlowGraph
{
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
