namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class FlowGraph
{
    /// <summary>CPython's stackdepth: the deepest the value stack gets on any path.</summary>
    private int ComputeStackDepth(bool generator)
    {
        foreach (var b in Blocks())
        {
            b.StartDepth = int.MinValue;
        }

        var stack = new Stack<BasicBlock>();
        var maxDepth = 0;
        // 3.11 counts the generator prefix (inserted first, its POP_TOP pops the sent value); 3.12+ add it after.
        Push(Entry, generator && Version == PythonVersion.Py311 ? 1 : 0);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            var depth = b.StartDepth;
            var next = b.Next;
            foreach (var instruction in b.Instructions)
            {
                var newDepth = depth + StackEffect.Of(instruction.Op, instruction.Arg, false, Version);
                maxDepth = Math.Max(maxDepth, newDepth);
                if (instruction.Op == Op.RETURN_CONST && Version >= PythonVersion.Py313)
                {
                    // 3.13's RETURN_CONST is LOAD_CONST + _POP_FRAME: the constant is pushed first.
                    maxDepth = Math.Max(maxDepth, depth + 1);
                }

                if (OpInfo.HasTarget(instruction.Op))
                {
                    var targetDepth = depth + StackEffect.Of(instruction.Op, instruction.Arg, true, Version);
                    maxDepth = Math.Max(maxDepth, targetDepth);
                    Push(instruction.Target!, targetDepth);
                }

                depth = newDepth;
                if (OpInfo.IsUnconditionalJump(instruction.Op) || OpInfo.IsScopeExit(instruction.Op))
                {
                    next = null;
                    break;
                }
            }

            if (next is not null)
            {
                Push(next, depth);
            }
        }

        // 3.13 never reports an empty stack: a body that only raises or loops (no value ever pushed) still gets 1,
        // as every code object real 3.13 made in the differential data has.
        return Version >= PythonVersion.Py313 ? Math.Max(maxDepth, 1) : maxDepth;

        void Push(BasicBlock b, int depth)
        {
            if (b.StartDepth < depth && b.StartDepth < 100)
            {
                b.StartDepth = depth;
                stack.Push(b);
            }
        }
    }
}
