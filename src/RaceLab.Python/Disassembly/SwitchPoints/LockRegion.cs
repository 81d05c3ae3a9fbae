namespace RaceLab.Python.Disassembly;

/// <summary>Code offsets [Start, End) during which the lock <see cref="Lock"/> is held (`with` block or acquire/release).</summary>
public sealed record LockRegion(string Lock, int Start, int End, string How);
