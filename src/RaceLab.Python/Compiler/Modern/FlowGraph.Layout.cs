namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class FlowGraph
{
    /// <summary>3.12+: exception handlers and what only they reach move after the hot code.</summary>
    private void PushColdBlocksToEnd()
    {
        if (Entry.Next is null)
        {
            return;
        }

        MarkCold();
        foreach (var b in Blocks().ToList())
        {
            if (b.Cold && b.HasFallthrough && b.Next is { Warm: true } next)
            {
                // 3.13 leaves a handler without an eval-breaker check (gh-107901); 3.12 used a plain JUMP.
                var jump = NewBlock();
                var op = Version >= PythonVersion.Py313 ? Op.JUMP_NO_INTERRUPT : Op.JUMP;
                jump.Instructions.Add(new Instruction(op, 0, SourceLocation.None) { Target = next });
                jump.Cold = true;
                jump.Next = next;

                // 3.12 leaves the new block's predecessor count at 0, so no line reaches its jump; 3.13 counts its one.
                jump.Predecessors = Version >= PythonVersion.Py313 ? 1 : 0;
                b.Next = jump;
            }
        }

        BasicBlock? coldHead = null;
        BasicBlock? coldTail = null;
        var block = Entry;
        while (block.Next is not null)
        {
            while (block.Next is { Cold: false })
            {
                block = block.Next;
            }

            if (block.Next is null)
            {
                break;
            }

            var end = block.Next;
            while (end.Next is { Cold: true })
            {
                end = end.Next;
            }

            if (coldHead is null)
            {
                coldHead = block.Next;
            }
            else
            {
                coldTail!.Next = block.Next;
            }

            coldTail = end;
            block.Next = end.Next;
            end.Next = null;
        }

        block.Next = coldHead;
        if (coldHead is not null && Version >= PythonVersion.Py313)
        {
            // 3.13 also drops the line-less NOPs the removed jumps leave behind.
            RemoveRedundantNopsAndJumps();
        }
        else if (coldHead is not null)
        {
            RemoveRedundantJumps();
        }
    }

    private void MarkCold()
    {
        ResetVisited();
        var stack = new Stack<BasicBlock>();
        stack.Push(Entry);
        Entry.Visited = true;
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            b.Warm = true;
            if (b.Next is { } next && b.HasFallthrough && !next.Visited)
            {
                next.Visited = true;
                stack.Push(next);
            }

            foreach (var instruction in b.Instructions)
            {
                if (OpInfo.IsJump(instruction.Op) && !instruction.Target!.Visited)
                {
                    instruction.Target.Visited = true;
                    stack.Push(instruction.Target);
                }
            }
        }

        foreach (var b in Blocks())
        {
            if (b.ExceptHandler)
            {
                b.Visited = true;
                stack.Push(b);
            }
        }

        while (stack.Count > 0)
        {
            var b = stack.Pop();
            b.Cold = true;
            if (b.Next is { } next && b.HasFallthrough && !next.Warm && !next.Visited)
            {
                next.Visited = true;
                stack.Push(next);
            }

            foreach (var instruction in b.Instructions)
            {
                if (OpInfo.IsJump(instruction.Op) && instruction.Target is { Warm: false, Visited: false } target)
                {
                    target.Visited = true;
                    stack.Push(target);
                }
            }
        }
    }

    /// <summary>
    /// Gives every jump its final direction: 3.11 picks FORWARD/BACKWARD variants of every jump; 3.12+
    /// turns a backward conditional jump into a reversed forward one around a backward JUMP.
    /// </summary>
    private void NormalizeJumps()
    {
        ResetVisited();
        for (var b = Entry; b is not null; b = b.Next)
        {
            b.Visited = true;
            var last = b.Last;
            if (last is null || !OpInfo.IsJump(last.Op))
            {
                continue;
            }

            var forward = !last.Target!.Visited;
            if (Version == PythonVersion.Py311)
            {
                last.Op = (last.Op, forward) switch
                {
                    (Op.JUMP, true) or (Op.JUMP_NO_INTERRUPT, true) => Op.JUMP_FORWARD,
                    (Op.JUMP, false) => Op.JUMP_BACKWARD,
                    (Op.JUMP_NO_INTERRUPT, false) => Op.JUMP_BACKWARD_NO_INTERRUPT,
                    (Op.POP_JUMP_IF_FALSE, _) => forward ? Op.POP_JUMP_FORWARD_IF_FALSE : Op.POP_JUMP_BACKWARD_IF_FALSE,
                    (Op.POP_JUMP_IF_TRUE, _) => forward ? Op.POP_JUMP_FORWARD_IF_TRUE : Op.POP_JUMP_BACKWARD_IF_TRUE,
                    (Op.POP_JUMP_IF_NONE, _) => forward ? Op.POP_JUMP_FORWARD_IF_NONE : Op.POP_JUMP_BACKWARD_IF_NONE,
                    (Op.POP_JUMP_IF_NOT_NONE, _) => forward ? Op.POP_JUMP_FORWARD_IF_NOT_NONE : Op.POP_JUMP_BACKWARD_IF_NOT_NONE,
                    _ => last.Op,
                };
                continue;
            }

            if (forward || !OpInfo.IsConditionalJump(last.Op))
            {
                continue;
            }

            var reversed = last.Op switch
            {
                Op.POP_JUMP_IF_FALSE => Op.POP_JUMP_IF_TRUE,
                Op.POP_JUMP_IF_TRUE => Op.POP_JUMP_IF_FALSE,
                Op.POP_JUMP_IF_NONE => Op.POP_JUMP_IF_NOT_NONE,
                _ => Op.POP_JUMP_IF_NONE,
            };
            var backwards = NewBlock();
            backwards.Instructions.Add(new Instruction(Op.JUMP, 0, last.Location) { Target = last.Target });
            backwards.Cold = b.Cold;
            last.Op = reversed;
            last.Target = b.Next;
            backwards.Next = b.Next;
            b.Next = backwards;
        }
    }
}
