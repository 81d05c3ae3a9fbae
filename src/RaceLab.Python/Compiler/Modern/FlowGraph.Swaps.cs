namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class FlowGraph
{
    /// <summary>CPython's apply_static_swaps: swap instructions instead of stack items where that is safe.</summary>
    private static void ApplyStaticSwaps(BasicBlock block, int i)
    {
        var list = block.Instructions;
        for (; i >= 0; i--)
        {
            var swap = list[i];
            if (swap.Op != Op.SWAP)
            {
                if (swap.Op == Op.NOP || IsSwappable(swap.Op))
                {
                    continue;
                }

                return;
            }

            var j = NextSwappable(list, i, -1);
            if (j < 0)
            {
                return;
            }

            var k = j;
            var line = list[j].Location.Line;
            for (var count = swap.Arg - 1; count > 0; count--)
            {
                k = NextSwappable(list, k, line);
                if (k < 0)
                {
                    return;
                }
            }

            var storeJ = StoresTo(list[j]);
            var storeK = StoresTo(list[k]);
            if (storeJ >= 0 || storeK >= 0)
            {
                if (storeJ == storeK)
                {
                    return;
                }

                for (var index = j + 1; index < k; index++)
                {
                    var store = StoresTo(list[index]);
                    if (store >= 0 && (store == storeJ || store == storeK))
                    {
                        return;
                    }
                }
            }

            swap.Set(Op.NOP);
            (list[j], list[k]) = (list[k], list[j]);
        }
    }

    private static bool IsSwappable(Op op) => op is Op.STORE_FAST or Op.STORE_FAST_MAYBE_NULL or Op.POP_TOP;

    private static int StoresTo(Instruction instruction) =>
        instruction.Op is Op.STORE_FAST or Op.STORE_FAST_MAYBE_NULL ? instruction.Arg : -1;

    private static int NextSwappable(List<Instruction> list, int i, int line)
    {
        while (++i < list.Count)
        {
            var instruction = list[i];
            if (line >= 0 && instruction.Location.Line != line)
            {
                return -1;
            }

            if (instruction.Op == Op.NOP)
            {
                continue;
            }

            return IsSwappable(instruction.Op) ? i : -1;
        }

        return -1;
    }
}
