namespace RaceLab.Python.Compiler.Legacy;

/// <summary>
/// One instruction of a basic block (compile.c's <c>struct instr</c>). <see cref="Line"/> follows each
/// release's convention: 3.9 uses 0 for "no line set here", 3.10 uses -1 for an artificial instruction.
/// </summary>
internal sealed class Instruction(LegacyOp op, int arg, BasicBlock? target, int line)
{
    public LegacyOp Op { get; set; } = op;

    public int Arg { get; set; } = arg;

    public BasicBlock? Target { get; set; } = target;

    public int Line { get; set; } = line;

    /// <summary>The target while this is a jump: an instruction turned into a NOP keeps its old target, unused.</summary>
    public BasicBlock? JumpTarget => Target is not null && LegacyOpcodes.IsJump(Op) ? Target : null;

    public Instruction Clone() => new(Op, Arg, Target, Line);

    public override string ToString() => $"{LegacyOpcodes.CPythonName(Op)} {Arg} line {Line}";
}
