namespace RaceLab.IlView.Analysis;

/// <summary>One line of an IL or machine-code listing, with what it does to shared state.</summary>
/// <param name="Text">The line as ildasm or the JIT prints it (indentation included).</param>
/// <param name="Access">What the line does to shared state.</param>
/// <param name="Note">A short note for the margin, e.g. "read Count", or null.</param>
/// <param name="InWindow">True when the line lies inside an unprotected read-modify-write window.</param>
/// <param name="InLoop">True when the line is part of the hot loop.</param>
public sealed record ListingLine(string Text, Access Access, string? Note, bool InWindow, bool InLoop)
{
    /// <summary>A line that touches nothing shared.</summary>
    public static ListingLine Plain(string text, bool inLoop = false) => new(text, Access.None, null, false, inLoop);
}
