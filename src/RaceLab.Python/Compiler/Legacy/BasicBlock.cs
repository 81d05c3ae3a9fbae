namespace RaceLab.Python.Compiler.Legacy;

/// <summary>A basic block (compile.c's <c>basicblock</c>): instructions plus the fall-through successor.</summary>
internal sealed class BasicBlock(int id)
{
    /// <summary>Allocation order; CPython's <c>b_list</c> walks blocks in the reverse of it.</summary>
    public int Id { get; } = id;

    public List<Instruction> Instructions { get; } = [];

    /// <summary>The block laid out (and fallen into) after this one.</summary>
    public BasicBlock? Next { get; set; }

    /// <summary>3.9 <c>b_return</c>: a RETURN_VALUE was emitted into this block.</summary>
    public bool HasReturn { get; set; }

    /// <summary>3.10 <c>b_exit</c>: ends with RETURN_VALUE, RAISE_VARARGS or RERAISE.</summary>
    public bool IsExit { get; set; }

    /// <summary>3.10 <c>b_nofallthrough</c>.</summary>
    public bool NoFallthrough { get; set; }

    public int Predecessors { get; set; }

    /// <summary>Offset in code units, set by the assembler.</summary>
    public int Offset { get; set; }

    public int StartDepth { get; set; } = int.MinValue;

    public bool IsEmpty => Instructions.Count == 0;

    public Instruction Last => Instructions[^1];

    public override string ToString() => $"block {Id} ({Instructions.Count} instructions)";
}
