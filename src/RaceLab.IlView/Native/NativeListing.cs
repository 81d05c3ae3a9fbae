using RaceLab.IlView.Analysis;

namespace RaceLab.IlView.Native;

/// <summary>A strategy loop's machine code from the tier that actually runs, with the increment marked.</summary>
/// <param name="Method">The method as the JIT names it.</param>
/// <param name="Tier">The tier shown, e.g. <c>Tier1</c>; the last one the JIT compiled during the run.</param>
/// <param name="Details">The JIT's notes on the compilation (optimised, PGO).</param>
/// <param name="Architecture">The instruction set, e.g. <c>X64</c>.</param>
/// <param name="Lines">The code, marked.</param>
/// <param name="Increment">The instruction that updates the counter, if recognised (e.g. <c>inc dword ptr [rax]</c>).</param>
/// <param name="Explanation">One sentence, in the voice of the note.</param>
public sealed record NativeListing(
    string Method,
    string Tier,
    IReadOnlyList<string> Details,
    string Architecture,
    IReadOnlyList<ListingLine> Lines,
    string? Increment,
    string Explanation);
