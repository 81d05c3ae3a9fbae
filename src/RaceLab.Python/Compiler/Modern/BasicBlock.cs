namespace RaceLab.Python.Compiler.Modern;

/// <summary>A basic block of the control-flow graph (CPython's <c>basicblock</c>).</summary>
internal sealed class BasicBlock
{
    public List<Instruction> Instructions { get; } = [];

    /// <summary>The block that follows in layout order (fall-through when the last instruction allows).</summary>
    public BasicBlock? Next { get; set; }

    public int Label { get; set; } = -1;

    /// <summary>
    /// When the block was created (3.11's compiler_new_block): a labelled block counts from its label's
    /// creation. 3.11 walks some passes over its list of blocks, newest first, rather than in layout order.
    /// </summary>
    public int Created { get; set; }

    public int Predecessors { get; set; }

    public int StartDepth { get; set; } = int.MinValue;

    public int Offset { get; set; }

    public bool Visited { get; set; }

    public bool ExceptHandler { get; set; }

    public bool PreserveLasti { get; set; }

    public bool Cold { get; set; }

    public bool Warm { get; set; }

    public ExceptStack? ExceptStack { get; set; }

    public Instruction? Last => Instructions.Count > 0 ? Instructions[^1] : null;

    public bool IsEmpty => Instructions.Count == 0;

    public bool HasFallthrough => Last is not { } last || !(OpInfo.IsScopeExit(last.Op) || OpInfo.IsUnconditionalJump(last.Op));

    public bool ExitsScope => Last is { } last && OpInfo.IsScopeExit(last.Op);

    public override string ToString() => $"B{Label}[{Instructions.Count}]";
}
