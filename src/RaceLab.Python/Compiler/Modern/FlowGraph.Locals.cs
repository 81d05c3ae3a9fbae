namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class FlowGraph
{
    private readonly Dictionary<BasicBlock, ulong> _unsafeLocals = [];

    /// <summary>
    /// 3.12+: a LOAD_FAST of a local that may be unbound on some path becomes LOAD_FAST_CHECK
    /// (add_checks_for_loads_of_uninitialized_variables).
    /// </summary>
    private void AddChecksForUninitializedLoads(int localCount, int parameterCount)
    {
        if (localCount == 0)
        {
            return;
        }

        if (localCount > 64)
        {
            // Locals beyond the first 64 are only tracked within one block (fast_scan_many_locals).
            FastScanManyLocals(localCount);
            localCount = 64;
        }

        ResetVisited();
        _unsafeLocals.Clear();
        var stack = new Stack<BasicBlock>();
        ulong startMask = 0;
        for (var i = parameterCount; i < localCount; i++)
        {
            startMask |= 1UL << i;
        }

        MaybePush(Entry, startMask, stack);
        foreach (var b in Blocks())
        {
            ScanBlockForLocals(b, stack);
        }

        while (stack.Count > 0)
        {
            var b = stack.Pop();
            b.Visited = false;
            ScanBlockForLocals(b, stack);
        }
    }

    private void FastScanManyLocals(int localCount)
    {
        var states = new int[localCount - 64];
        var blockNumber = 0;
        foreach (var b in Blocks())
        {
            blockNumber++;
            foreach (var instruction in b.Instructions)
            {
                var arg = instruction.Arg;
                if (arg < 64)
                {
                    continue;
                }

                switch (instruction.Op)
                {
                    case Op.LOAD_FAST_AND_CLEAR or Op.STORE_FAST_MAYBE_NULL:
                        states[arg - 64] = blockNumber - 1;
                        break;
                    case Op.STORE_FAST:
                        states[arg - 64] = blockNumber;
                        break;
                    case Op.LOAD_FAST:
                        if (states[arg - 64] != blockNumber)
                        {
                            instruction.Op = Op.LOAD_FAST_CHECK;
                        }

                        states[arg - 64] = blockNumber;
                        break;
                    default:
                        break;
                }
            }
        }
    }

    private void MaybePush(BasicBlock b, ulong mask, Stack<BasicBlock> stack)
    {
        var current = _unsafeLocals.GetValueOrDefault(b);
        var both = current | mask;
        if (current != both)
        {
            _unsafeLocals[b] = both;
            if (!b.Visited)
            {
                stack.Push(b);
                b.Visited = true;
            }
        }
    }

    private void ScanBlockForLocals(BasicBlock b, Stack<BasicBlock> stack)
    {
        var mask = _unsafeLocals.GetValueOrDefault(b);
        foreach (var instruction in b.Instructions)
        {
            if (instruction.Except is { } handler)
            {
                MaybePush(handler, mask, stack);
            }

            if (instruction.Arg >= 64)
            {
                continue;
            }

            var bit = 1UL << instruction.Arg;
            switch (instruction.Op)
            {
                case Op.LOAD_FAST_AND_CLEAR or Op.STORE_FAST_MAYBE_NULL:
                    mask |= bit;
                    break;
                case Op.STORE_FAST or Op.LOAD_FAST_CHECK:
                    mask &= ~bit;
                    break;
                case Op.LOAD_FAST:
                    if ((mask & bit) != 0)
                    {
                        instruction.Op = Op.LOAD_FAST_CHECK;
                    }

                    mask &= ~bit;
                    break;
                default:
                    break;
            }
        }

        if (b.Next is { } next && b.HasFallthrough)
        {
            MaybePush(next, mask, stack);
        }

        if (b.Last is { } last && OpInfo.IsJump(last.Op))
        {
            MaybePush(last.Target!, mask, stack);
        }
    }

    /// <summary>3.13's insert_superinstructions (LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST).</summary>
    private void InsertSuperinstructions()
    {
        foreach (var b in Blocks())
        {
            var list = b.Instructions;
            for (var i = 0; i + 1 < list.Count; i++)
            {
                var super = (list[i].Op, list[i + 1].Op) switch
                {
                    (Op.LOAD_FAST, Op.LOAD_FAST) => Op.LOAD_FAST_LOAD_FAST,
                    (Op.STORE_FAST, Op.LOAD_FAST) => Op.STORE_FAST_LOAD_FAST,
                    (Op.STORE_FAST, Op.STORE_FAST) => Op.STORE_FAST_STORE_FAST,
                    _ => Op.NOP,
                };
                if (super != Op.NOP)
                {
                    MakeSuperinstruction(list[i], list[i + 1], super);
                }
            }
        }

        foreach (var b in Blocks())
        {
            RemoveRedundantNops(b);
        }
    }

    private static void MakeSuperinstruction(Instruction first, Instruction second, Op super)
    {
        var line1 = first.Location.Line;
        var line2 = second.Location.Line;
        if ((line1 >= 0 && line2 >= 0 && line1 != line2) || first.Arg >= 16 || second.Arg >= 16)
        {
            return;
        }

        first.Set(super, (first.Arg << 4) | second.Arg);
        second.Set(Op.NOP);
    }
}
