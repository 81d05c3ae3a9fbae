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
    /// <summary>What the window updates: a global, a closure cell, an attribute or an item.</summary>
    public LocationKind Kind { get; init; } = LocationKind.Global;

    /// <summary>
    /// Check-then-act (<c>if k not in d: d[k] = v</c>): the store does not use the loaded value but is guarded by a
    /// test of it, so two threads can both pass the test before either stores.
    /// </summary>
    public bool CheckThenAct { get; init; }

    /// <summary>The polling check points inside the window: each is a place where the update can be split.</summary>
    public IEnumerable<CheckPoint> Switches => Inside.Where(p => p.Polls);
}

/// <summary>The kinds of shared location a window can update.</summary>
public enum LocationKind
{
    /// <summary>A module global (or a module-level name).</summary>
    Global,

    /// <summary>A closure cell (nonlocal).</summary>
    Cell,

    /// <summary>An attribute of an object: <c>self.value</c>.</summary>
    Attribute,

    /// <summary>An item of a container: <c>counts[key]</c>.</summary>
    Item,
}
