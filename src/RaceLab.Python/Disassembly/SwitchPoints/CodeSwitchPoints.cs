namespace RaceLab.Python.Disassembly;

/// <summary>The switch-point analysis of one code object: check points per instruction and update windows.</summary>
public sealed record CodeSwitchPoints(
    RaceLab.Python.Bytecode.CodeObject Code,
    IReadOnlyList<Instruction> Instructions,
    IReadOnlyDictionary<int, IReadOnlyList<CheckPoint>> CheckPoints,
    IReadOnlyDictionary<int, Callee> Callees,
    IReadOnlyList<LockRegion> Locks,
    IReadOnlyList<UpdateWindow> Windows)
{
    /// <summary>The check points at the instruction at <paramref name="offset"/> (none when it cannot switch).</summary>
    public IReadOnlyList<CheckPoint> At(int offset) => CheckPoints.TryGetValue(offset, out var points) ? points : [];
}
