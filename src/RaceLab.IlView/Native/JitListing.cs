namespace RaceLab.IlView.Native;

/// <summary>One method's machine code as the JIT printed it for one compilation.</summary>
/// <param name="Method">The method as the JIT names it, e.g. <c>RaceLab.Experiment.Strategies.UnsafeStrategy:Increment32(int)</c>.</param>
/// <param name="Tier">The compilation's tier, e.g. <c>Tier1</c>, <c>Tier1-OSR</c>, <c>Instrumented Tier0</c>.</param>
/// <param name="Details">The JIT's header comments after the first line (optimisation, PGO).</param>
/// <param name="Code">The code lines: block labels and instructions, without the header comments.</param>
public sealed record JitListing(string Method, string Tier, IReadOnlyList<string> Details, IReadOnlyList<string> Code);
