namespace RaceLab.IlView.Analysis;

/// <summary>A strategy loop's IL, ildasm style, with the shared-state accesses marked and one sentence explaining it.</summary>
/// <param name="Method">The method, e.g. <c>RaceLab.Experiment.Strategies.UnsafeStrategy::Increment32</c>.</param>
/// <param name="Lines">The listing, from <c>.method</c> to the closing brace.</param>
/// <param name="Verdict">How the loop updates the shared counter.</param>
/// <param name="WindowSize">Instructions in the read-modify-write window of the loop, or 0.</param>
/// <param name="Explanation">One sentence, in the voice of the note.</param>
public sealed record IlListing(string Method, IReadOnlyList<ListingLine> Lines, Verdict Verdict, int WindowSize, string Explanation);
