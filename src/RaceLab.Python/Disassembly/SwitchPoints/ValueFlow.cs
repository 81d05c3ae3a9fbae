namespace RaceLab.Python.Disassembly;

/// <summary>
/// Follows the loaded value along a window's path (stack and fast locals) to decide whether the store writes
/// something computed from it: only then is the window a read-modify-write (<c>running = False</c> after
/// <c>while running:</c> is not). An instruction whose stack effect is unknown counts as passing it on.
/// </summary>
internal static class ValueFlow
{
    public static bool StoreDependsOnLoad(PythonVersion version, IReadOnlyList<Instruction> instructions, IReadOnlyList<int> path)
    {
        var stack = new List<bool>();
        var locals = new HashSet<int>();
        for (var p = 0; p < path.Count; p++)
        {
            var instruction = instructions[path[p]];
            if (p == 0)
            {
                var pushes = StackEffects.Of(version, instruction)?.Push ?? 1;
                stack.AddRange(Enumerable.Repeat(true, pushes));
                continue;
            }

            if (p == path.Count - 1)
            {
                return Pop(stack, 1);
            }

            if (!Step(version, instruction, stack, locals))
            {
                return true;
            }
        }

        return true;
    }

    private static bool Step(PythonVersion version, Instruction instruction, List<bool> stack, HashSet<int> locals)
    {
        var arg = instruction.Arg ?? 0;
        switch (instruction.OpName)
        {
            case "LOAD_FAST" or "LOAD_FAST_CHECK":
                stack.Add(locals.Contains(arg));
                return true;
            case "LOAD_FAST_LOAD_FAST":
                stack.Add(locals.Contains(arg >> 4));
                stack.Add(locals.Contains(arg & 15));
                return true;
            case "STORE_FAST":
                Assign(locals, arg, Pop(stack, 1));
                return true;
            case "STORE_FAST_LOAD_FAST":
                Assign(locals, arg >> 4, Pop(stack, 1));
                stack.Add(locals.Contains(arg & 15));
                return true;
            case "STORE_FAST_STORE_FAST":
                Assign(locals, arg >> 4, Pop(stack, 1));
                Assign(locals, arg & 15, Pop(stack, 1));
                return true;
            default:
                if (instruction.JumpTarget is not null && StackEffects.Of(version, instruction) is null)
                {
                    // Conditional jumps of the subset pop their condition (POP_JUMP_IF_*); FOR_ITER cannot be on a path.
                    Pop(stack, instruction.OpName.StartsWith("POP_JUMP", StringComparison.Ordinal) ? 1 : 0);
                    return true;
                }

                if (StackEffects.Of(version, instruction) is not { } effect)
                {
                    return false;
                }

                var tainted = Pop(stack, effect.Pop);
                stack.AddRange(Enumerable.Repeat(tainted, effect.Push));
                return true;
        }
    }

    private static void Assign(HashSet<int> locals, int index, bool tainted)
    {
        if (tainted)
        {
            locals.Add(index);
        }
        else
        {
            locals.Remove(index);
        }
    }

    // Values from before the window are untainted: popping past what the path pushed yields false.
    private static bool Pop(List<bool> stack, int count)
    {
        var tainted = false;
        for (var i = 0; i < count && stack.Count > 0; i++)
        {
            tainted |= stack[^1];
            stack.RemoveAt(stack.Count - 1);
        }

        return tainted;
    }
}
