namespace RaceLab.Python.Disassembly;

/// <summary>How the value a window's store writes relates to what its load read.</summary>
internal enum StoreFlow
{
    /// <summary>Unrelated (<c>running = False</c> after <c>while running:</c>): not a window.</summary>
    Independent,

    /// <summary>Computed from the loaded value: a read-modify-write.</summary>
    ComputedFromLoad,

    /// <summary>Not computed from it, but only reached when a test of it passed: check-then-act.</summary>
    GuardedByLoad,
}

/// <summary>
/// Follows the loaded value along a window's path (stack and fast locals) to decide whether the store writes
/// something computed from it (a read-modify-write) or is guarded by a conditional jump on it (check-then-act).
/// An instruction whose stack effect is unknown counts as passing it on.
/// </summary>
internal static class ValueFlow
{
    public static StoreFlow Of(PythonVersion version, IReadOnlyList<Instruction> instructions, IReadOnlyList<int> path)
    {
        var stack = new List<bool>();
        var locals = new HashSet<int>();
        var guarded = false;
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
                // The stored value sits below the owner (STORE_ATTR) or the container and key (STORE_SUBSCR).
                var depth = instruction.OpName switch { "STORE_ATTR" => 2, "STORE_SUBSCR" => 3, _ => 1 };
                var computed = stack.Count >= depth && stack[^depth];
                return computed ? StoreFlow.ComputedFromLoad : guarded ? StoreFlow.GuardedByLoad : StoreFlow.Independent;
            }

            if (!Step(version, instruction, stack, locals, ref guarded))
            {
                return StoreFlow.ComputedFromLoad;
            }
        }

        return StoreFlow.ComputedFromLoad;
    }

    private static bool Step(PythonVersion version, Instruction instruction, List<bool> stack, HashSet<int> locals, ref bool guarded)
    {
        var arg = instruction.Arg ?? 0;
        switch (instruction.OpName)
        {
            case "ROT_TWO" or "ROT_THREE" or "ROT_FOUR":
                {
                    var n = instruction.OpName switch { "ROT_TWO" => 2, "ROT_THREE" => 3, _ => 4 };
                    Pad(stack, n);
                    var top = stack[^1];
                    stack.RemoveAt(stack.Count - 1);
                    stack.Insert(stack.Count - (n - 1), top);
                    return true;
                }

            case "SWAP":
                Pad(stack, arg);
                (stack[^1], stack[^arg]) = (stack[^arg], stack[^1]);
                return true;
            case "DUP_TOP_TWO":
                Pad(stack, 2);
                stack.Add(stack[^2]);
                stack.Add(stack[^2]);
                return true;
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
                    // The path falls through it: what follows runs only when the test came out one way.
                    guarded |= Pop(stack, instruction.OpName.StartsWith("POP_JUMP", StringComparison.Ordinal) ? 1 : 0);
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

    private static void Pad(List<bool> stack, int depth)
    {
        while (stack.Count < depth)
        {
            stack.Insert(0, false);
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
