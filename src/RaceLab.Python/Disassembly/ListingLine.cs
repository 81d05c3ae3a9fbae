namespace RaceLab.Python.Disassembly;

/// <summary>
/// One line of a <c>dis</c> listing: an instruction line (with its <see cref="Instruction"/>, the argrepr
/// in parentheses and the line it starts, if any), a blank line between source lines, or an exception-table line.
/// </summary>
public sealed record ListingLine(string Text, Instruction? Instruction = null, string ArgRepr = "", int? StartsLine = null);
