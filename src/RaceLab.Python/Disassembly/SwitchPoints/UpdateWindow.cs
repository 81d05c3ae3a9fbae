namespace RaceLab.Python.Disassembly;

/// <summary>
/// A read-modify-write window of a shared variable: from the instruction that loads it to the one that stores
/// it, in one code object along straight-line flow. <see cref="Inside"/> lists the check points strictly inside
/// (polling or not); <see cref="Verdict"/> says what that means on this release and on free-threaded 3.13t.
/// </summary>
public sealed record UpdateWindow(
    string Variable,
    Instruction Load,
    Instruction Store,
    IReadOnlyList<CheckPoint> Inside,
    LockRegion? Lock,
    WindowVerdict Verdict)
{
    /// <summary>The polling check points inside the window: each is a place where the update can be split.</summary>
    public IEnumerable<CheckPoint> Switches => Inside.Where(p => p.Polls);
}
