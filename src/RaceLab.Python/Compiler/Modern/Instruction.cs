namespace RaceLab.Python.Compiler.Modern;

/// <summary>One instruction of the control-flow graph (CPython's <c>cfg_instr</c>).</summary>
internal sealed class Instruction(Op op, int arg, SourceLocation location)
{
    public Op Op { get; set; } = op;

    public int Arg { get; set; } = arg;

    public SourceLocation Location { get; set; } = location;

    /// <summary>The jump target (jumps, FOR_ITER, SETUP_*), once labels are resolved.</summary>
    public BasicBlock? Target { get; set; }

    /// <summary>The label a jump names before <see cref="Target"/> is resolved.</summary>
    public int Label { get; set; } = -1;

    /// <summary>The handler that catches an exception raised here (from the exception stack).</summary>
    public BasicBlock? Except { get; set; }

    public Instruction Clone() => new(Op, Arg, Location) { Target = Target, Label = Label, Except = Except };

    public void Set(Op op, int arg = 0)
    {
        Op = op;
        Arg = arg;
    }

    public override string ToString() => $"{Op} {Arg} @{Location.Line}";
}
