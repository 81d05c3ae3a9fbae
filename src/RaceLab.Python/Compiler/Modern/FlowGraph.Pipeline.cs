namespace RaceLab.Python.Compiler.Modern;

/// <summary>What the flow-graph passes need to know about the code object being built.</summary>
internal sealed record CodeUnitShape(
    int FirstLine,
    bool Generator,
    int LocalCount,
    int ParameterCount,
    IReadOnlyList<int> CellsToMake,
    int FreeCount);

internal sealed partial class FlowGraph
{
    /// <summary>
    /// Runs the release's optimizer and layout passes and returns the final instructions in order
    /// with the maximum stack depth.
    /// </summary>
    public (List<Instruction> Instructions, int StackDepth) Finish(ConstantPool constants, CodeUnitShape shape)
    {
        ResolveLabels();
        return Version == PythonVersion.Py311 ? Finish311(constants, shape) : Finish312(constants, shape);
    }

    private (List<Instruction>, int) Finish311(ConstantPool constants, CodeUnitShape shape)
    {
        EliminateEmptyBlocks();
        ExtendBlocks311();
        InsertPrefix(shape);
        MarkExceptHandlers();
        OptimizeCfg(constants);
        DuplicateExitsWithoutLineno();
        constants.RemoveUnused(Blocks().SelectMany(b => b.Instructions), Version);
        PropagateLineNumbers();
        GuaranteeLinenoForExits(shape.FirstLine);
        var depth = ComputeStackDepth(shape.Generator);
        LabelExceptionTargets();
        ConvertPseudoOps();
        NormalizeJumps();
        return (Flatten(), depth);
    }

    private (List<Instruction>, int) Finish312(ConstantPool constants, CodeUnitShape shape)
    {
        if (Version >= PythonVersion.Py313)
        {
            LabelOnlyJumpTargets();
        }

        MarkExceptHandlers();
        LabelExceptionTargets();
        OptimizeCfg(constants);
        constants.RemoveUnused(Blocks().SelectMany(b => b.Instructions), Version);
        AddChecksForUninitializedLoads(shape.LocalCount, shape.ParameterCount);
        if (Version >= PythonVersion.Py313)
        {
            InsertSuperinstructions();
        }

        PushColdBlocksToEnd();
        ResolveLineNumbers();
        if (Version == PythonVersion.Py312)
        {
            GuaranteeLinenoForExits(shape.FirstLine);
        }

        var depth = ComputeStackDepth(shape.Generator);
        InsertPrefix(shape);
        ConvertPseudoOps();
        NormalizeJumps();
        return (Flatten(), depth);
    }

    /// <summary>
    /// 3.13 builds its graph from a flat instruction sequence in which only jump targets start labelled
    /// blocks: labels nobody jumps to vanish and their blocks merge with what falls into them.
    /// </summary>
    private void LabelOnlyJumpTargets()
    {
        EliminateEmptyBlocks();
        var targets = Blocks().SelectMany(b => b.Instructions).Where(i => OpInfo.HasTarget(i.Op))
            .Select(i => i.Target!).ToHashSet();
        foreach (var b in Blocks())
        {
            while (b.Next is { } next && !targets.Contains(next) && b.Last is { } last && !OpInfo.IsTerminator(last.Op))
            {
                b.Instructions.AddRange(next.Instructions);
                b.Next = next.Next;
            }

            b.Label = targets.Contains(b) ? b.Label : -1;
        }
    }

    /// <summary>MAKE_CELL for each cell and COPY_FREE_VARS ahead of everything (insert_prefix_instructions).</summary>
    private void InsertPrefix(CodeUnitShape shape)
    {
        // CPython inserts each group at index 0 in turn: free-variable copy, then cells, then the generator prefix.
        var prefix = new List<Instruction>();
        if (shape.FreeCount > 0)
        {
            prefix.Add(new Instruction(Op.COPY_FREE_VARS, shape.FreeCount, SourceLocation.None));
        }

        prefix.AddRange(shape.CellsToMake.Select(index => new Instruction(Op.MAKE_CELL, index, SourceLocation.None)));
        if (shape.Generator)
        {
            var location = new SourceLocation(shape.FirstLine, shape.FirstLine, -1, -1);
            prefix.Add(new Instruction(Op.RETURN_GENERATOR, 0, location));
            // 3.12 leaves the POP_TOP without a location.
            prefix.Add(new Instruction(Op.POP_TOP, 0, Version == PythonVersion.Py312 ? SourceLocation.None : location));
        }

        Entry.Instructions.InsertRange(0, prefix);
    }

    /// <summary>The instructions in layout order, each jump's <see cref="Instruction.Label"/> set to its target's index.</summary>
    private List<Instruction> Flatten()
    {
        var list = new List<Instruction>();
        var start = new Dictionary<BasicBlock, int>();
        foreach (var b in Blocks())
        {
            start[b] = list.Count;
            list.AddRange(b.Instructions);
        }

        foreach (var instruction in list)
        {
            if (OpInfo.HasTarget(instruction.Op))
            {
                instruction.Label = start[instruction.Target!];
            }
        }

        HandlerStarts = start;
        return list;
    }

    /// <summary>Where each block begins in the flattened instructions (for exception handlers).</summary>
    public IReadOnlyDictionary<BasicBlock, int> HandlerStarts { get; private set; } = new Dictionary<BasicBlock, int>();
}
