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

                ExtendBlocks311();
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
                RemoveRedundantNopsAndJumps();
                break;
        }
    }

    /// <summary>3.13's remove_redundant_nops_and_jumps: until neither pass changes anything.</summary>
    private void RemoveRedundantNopsAndJumps()
    {
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

    /// <summary>
    /// 3.11's extend_block over its list of all blocks (u_blocks/b_list: newest first, not layout order), so
    /// a block jumping to a newer block that has just been extended with a return copies that return too.
    /// </summary>
    private void ExtendBlocks311()
    {
        foreach (var b in Blocks().OrderByDescending(b => b.Created).ToList())
        {
            InlineSmallExitBlock(b);
        }
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
}
