namespace RaceLab.IlView.Decoding;

/// <summary>One decoded IL instruction.</summary>
/// <param name="Offset">Its byte offset in the method body (the <c>IL_xxxx</c> label).</param>
/// <param name="OpCode">The opcode's name, e.g. <c>ldsfld</c>.</param>
/// <param name="Operand">The operand as ildasm prints it (a label, a resolved token, a number), or empty.</param>
/// <param name="BranchTargets">Offsets this instruction may jump to.</param>
/// <param name="Member">For a field or method operand: its resolved name, used to recognise shared-state accesses.</param>
public sealed record IlInstruction(int Offset, string OpCode, string Operand, IReadOnlyList<int> BranchTargets, string? Member)
{
    /// <summary>The label ildasm gives this instruction.</summary>
    public string Label => LabelOf(Offset);

    /// <summary>The ildasm label of any offset: <c>IL_001a</c>.</summary>
    public static string LabelOf(int offset) => $"IL_{offset:x4}";

    /// <summary>The instruction as one ildasm line, without the label.</summary>
    public string Text => Operand.Length == 0 ? OpCode : $"{OpCode,-10} {Operand}";
}
