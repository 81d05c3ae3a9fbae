namespace RaceLab.Python.Disassembly;

/// <summary>
/// A place at an instruction where the running thread may (or, for <see cref="CheckPointKind.SpecializedNoPoll"/>
/// and <see cref="CheckPointKind.Deferred"/>, may not) hand the GIL to another thread.
/// </summary>
public sealed record CheckPoint(int Offset, string OpName, CheckPointKind Kind, bool Polls, string Description)
{
    /// <summary>
    /// True when the poll happens before the instruction's effect (frame entry of 3.9/3.10, 3.13's
    /// JUMP_BACKWARD); a poll inside a call happens during the instruction; the rest happen after it.
    /// </summary>
    public bool IsBefore => Kind is CheckPointKind.BeforeJump || (Kind is CheckPointKind.FrameEntry && OpName != "RESUME");

    /// <summary>True when the poll happens while the instruction (a call) is still running.</summary>
    public bool IsDuring => Kind is CheckPointKind.CalleeFrameEntry or CheckPointKind.UnknownCallee;
}
