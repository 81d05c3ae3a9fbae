namespace RaceLab.Python.Compiler.Legacy;

/// <summary>compile.c's <c>stackdepth</c>: the deepest stack over every path through the blocks.</summary>
internal static class StackDepth
{
    /// <param name="startDepth">1 for a 3.10 generator: GEN_START pops the value sent to start it.</param>
    public static int Compute(BasicBlock entry, IEnumerable<BasicBlock> allBlocks, int startDepth = 0)
    {
        foreach (var block in allBlocks)
        {
            block.StartDepth = int.MinValue;
        }

        var stack = new Stack<BasicBlock>();
        var max = 0;
        Push(stack, entry, startDepth);
        while (stack.Count > 0)
        {
            var block = stack.Pop();
            var depth = block.StartDepth;
            var next = block.Next;
            foreach (var instr in block.Instructions)
            {
                var newDepth = depth + StackEffects.Of(instr.Op, instr.Arg, jump: false);
                max = Math.Max(max, newDepth);
                if (instr.JumpTarget is not null)
                {
                    var targetDepth = depth + StackEffects.Of(instr.Op, instr.Arg, jump: true);
                    max = Math.Max(max, targetDepth);
                    Push(stack, instr.JumpTarget, targetDepth);
                }

                depth = newDepth;
                if (LegacyOpcodes.EndsFlow(instr.Op))
                {
                    next = null;
                    break;
                }
            }

            if (next is not null)
            {
                Push(stack, next, depth);
            }
        }

        return max;
    }

    private static void Push(Stack<BasicBlock> stack, BasicBlock block, int depth)
    {
        // CPython caps revisits at depth 100 to bound the walk on malformed graphs.
        if (block.StartDepth < depth && block.StartDepth < 100)
        {
            block.StartDepth = depth;
            stack.Push(block);
        }
    }
}
