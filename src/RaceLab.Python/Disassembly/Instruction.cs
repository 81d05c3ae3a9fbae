namespace RaceLab.Python.Disassembly;

/// <summary>
/// One instruction of a code object as <c>dis</c> decodes it: inline CACHE units are not instructions
/// but still occupy offsets (<see cref="CacheEntries"/>), EXTENDED_ARG prefixes are instructions of their own
/// and fold into the next instruction's <see cref="Arg"/>.
/// </summary>
public sealed record Instruction(int Offset, byte Opcode, string OpName, int? Arg, int CacheEntries)
{
    /// <summary>The offset of the first EXTENDED_ARG prefix of this instruction (3.13's <c>start_offset</c>).</summary>
    public int StartOffset { get; init; } = Offset;

    /// <summary>The byte offset this instruction may jump to, or null when it is not a jump.</summary>
    public int? JumpTarget { get; init; }

    /// <summary>The offset of the next instruction (after this one's inline caches).</summary>
    public int NextOffset => Offset + 2 + (2 * CacheEntries);
}
