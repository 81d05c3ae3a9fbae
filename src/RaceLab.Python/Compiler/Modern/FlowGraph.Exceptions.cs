namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class FlowGraph
{
    /// <summary>CPython's mark_except_handlers.</summary>
    private void MarkExceptHandlers()
    {
        foreach (var b in Blocks())
        {
            foreach (var instruction in b.Instructions.Where(i => OpInfo.IsBlockPush(i.Op)))
            {
                instruction.Target!.ExceptHandler = true;
            }
        }
    }

    /// <summary>
    /// CPython's label_exception_targets: walks the graph with the stack of active handlers and records,
    /// per instruction, the handler that catches what it raises.
    /// </summary>
    private void LabelExceptionTargets()
    {
        ResetVisited();
        var todo = new Stack<BasicBlock>();
        Entry.ExceptStack = new ExceptStack();
        Entry.Visited = true;
        todo.Push(Entry);
        while (todo.Count > 0)
        {
            var b = todo.Pop();
            var stack = b.ExceptStack!;
            b.ExceptStack = null;
            var handler = stack.Top;
            var lastYieldDepth = -1;
            foreach (var instruction in b.Instructions)
            {
                if (OpInfo.IsBlockPush(instruction.Op))
                {
                    Visit(instruction.Target!, stack.Copy());
                    handler = stack.Push(instruction);
                }
                else if (instruction.Op == Op.POP_BLOCK)
                {
                    handler = stack.Pop();
                    // 3.13 turns it into a NOP at once; 3.12 keeps it (and the line it will get) until the end.
                    if (Version >= PythonVersion.Py313)
                    {
                        instruction.Set(Op.NOP);
                    }
                }
                else if (OpInfo.IsJump(instruction.Op))
                {
                    instruction.Except = handler;
                    Visit(instruction.Target!, stack.Copy());
                }
                else
                {
                    instruction.Except = handler;
                    MarkYieldDepth(instruction, stack.Depth, ref lastYieldDepth);
                }
            }

            if (b.HasFallthrough && b.Next is { } next)
            {
                Visit(next, stack);
            }
        }

        void Visit(BasicBlock target, ExceptStack stack)
        {
            if (!target.Visited)
            {
                target.ExceptStack = stack;
                target.Visited = true;
                todo.Push(target);
            }
        }
    }

    /// <summary>3.11's convert_exception_handlers_to_nops (3.12+: part of convert_pseudo_ops).</summary>
    private void ConvertPseudoOps()
    {
        foreach (var b in Blocks())
        {
            foreach (var instruction in b.Instructions)
            {
                if (OpInfo.IsBlockPush(instruction.Op) || instruction.Op == Op.POP_BLOCK)
                {
                    instruction.Set(Op.NOP);
                }
                else if (instruction.Op == Op.LOAD_CLOSURE && Version >= PythonVersion.Py313)
                {
                    instruction.Op = Op.LOAD_FAST;
                }
                else if (instruction.Op == Op.STORE_FAST_MAYBE_NULL)
                {
                    instruction.Op = Op.STORE_FAST;
                }
            }
        }

        foreach (var b in Blocks())
        {
            RemoveRedundantNops(b);
        }
    }

    /// <summary>
    /// 3.12: YIELD_VALUE's argument is the exception stack depth at the yield; 3.13 instead marks the RESUME after a
    /// yield made at depth 1 (RESUME_OPARG_DEPTH1_MASK), so the frame knows it must not be cleared there.
    /// </summary>
    private void MarkYieldDepth(Instruction instruction, int depth, ref int lastYieldDepth)
    {
        if (Version == PythonVersion.Py311)
        {
            return;
        }

        if (instruction.Op == Op.YIELD_VALUE)
        {
            // 3.13's argument says instead whether the yield belongs to a yield from (set by the code generator).
            if (Version == PythonVersion.Py312)
            {
                instruction.Arg = depth;
            }

            lastYieldDepth = depth;
        }
        else if (instruction.Op == Op.RESUME && instruction.Arg != 0 && Version >= PythonVersion.Py313)
        {
            if (lastYieldDepth == 1)
            {
                instruction.Arg |= 4;
            }

            lastYieldDepth = -1;
        }
    }
}
