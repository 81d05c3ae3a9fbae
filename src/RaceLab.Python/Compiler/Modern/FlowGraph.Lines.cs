namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class FlowGraph
{
    /// <summary>CPython's resolve_line_numbers (duplicate_exits_without_lineno + propagate_line_numbers).</summary>
    private void ResolveLineNumbers()
    {
        DuplicateExitsWithoutLineno();
        PropagateLineNumbers();
    }

    /// <summary>
    /// 3.12's is_exit_without_lineno; 3.13's is_exit_or_eval_check_without_lineno also takes a line-less block
    /// that polls the eval breaker (a loop's JUMP back, a call), so each path into it gets its own line.
    /// </summary>
    private bool IsExitWithoutLineno(BasicBlock b) =>
        (b.ExitsScope || (Version >= PythonVersion.Py313 && b.Instructions.Any(i => HasEvalBreak(i.Op))))
        && b.Instructions.All(i => !i.Location.HasLine);

    private static bool HasEvalBreak(Op op) =>
        op is Op.JUMP or Op.JUMP_BACKWARD or Op.CALL or Op.CALL_KW;

    /// <summary>An exit block without a line, reached by several jumps, is copied so each copy gets a line.</summary>
    private void DuplicateExitsWithoutLineno()
    {
        // 3.11 walks its list of all blocks (u_blocks/b_list: newest first); 3.12+ walk the layout order.
        var blocks = Version == PythonVersion.Py311 ? Blocks().OrderByDescending(b => b.Created).ToList() : Blocks().ToList();
        foreach (var b in blocks)
        {
            var last = b.Last;
            if (last is null || !OpInfo.IsJump(last.Op))
            {
                continue;
            }

            var target = last.Target!;
            if (Version >= PythonVersion.Py313)
            {
                target = NextNonEmpty(target)!;
            }

            if (IsExitWithoutLineno(target) && target.Predecessors > 1)
            {
                var copy = NewBlock();
                copy.Instructions.AddRange(target.Instructions.Select(i => i.Clone()));
                copy.Instructions[0].Location = last.Location;
                last.Target = copy;
                target.Predecessors--;
                copy.Predecessors = 1;
                copy.Next = target.Next;
                target.Next = copy;
            }
        }

        foreach (var b in Blocks())
        {
            if (b.HasFallthrough && b.Next is { } next && !b.IsEmpty && IsExitWithoutLineno(next))
            {
                next.Instructions[0].Location = b.Last!.Location;
            }
        }
    }

    private void PropagateLineNumbers()
    {
        foreach (var b in Blocks())
        {
            var last = b.Last;
            if (last is null)
            {
                continue;
            }

            var previous = SourceLocation.None;
            foreach (var instruction in b.Instructions)
            {
                if (!instruction.Location.HasLine)
                {
                    instruction.Location = previous;
                }
                else
                {
                    previous = instruction.Location;
                }
            }

            if (b.HasFallthrough && b.Next is { Predecessors: 1 } next && !next.IsEmpty && !next.Instructions[0].Location.HasLine)
            {
                next.Instructions[0].Location = previous;
            }

            if (OpInfo.IsJump(last.Op) && last.Target is { Predecessors: 1 } target && !target.IsEmpty
                && !target.Instructions[0].Location.HasLine)
            {
                target.Instructions[0].Location = previous;
            }
        }
    }

    /// <summary>3.11/3.12's guarantee_lineno_for_exits: a return without a line takes the last line seen.</summary>
    private void GuaranteeLinenoForExits(int firstLine)
    {
        var line = firstLine;
        foreach (var b in Blocks())
        {
            var last = b.Last;
            if (last is null)
            {
                continue;
            }

            if (!last.Location.HasLine)
            {
                // Only RETURN_VALUE: by now 3.12 has folded LOAD_CONST + RETURN_VALUE into RETURN_CONST, which keeps no line.
                if (last.Op is Op.RETURN_VALUE)
                {
                    foreach (var instruction in b.Instructions)
                    {
                        instruction.Location = instruction.Location with { Line = line };
                    }
                }
            }
            else
            {
                line = last.Location.Line;
            }
        }
    }
}
