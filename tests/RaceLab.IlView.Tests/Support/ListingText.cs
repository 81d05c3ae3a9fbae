using RaceLab.IlView.Analysis;

namespace RaceLab.IlView.Tests.Support;

/// <summary>A listing as plain text: ▶ unprotected window, │ loop, notes after ◀, then the explanation.</summary>
internal static class ListingText
{
    public static string Of(IlListing listing) =>
        string.Concat(listing.Lines.Select(Line)) + $"verdict: {listing.Verdict}, window: {listing.WindowSize}\n{listing.Explanation}\n";

    public static string Line(ListingLine line)
    {
        var gutter = line.InWindow ? "▶" : line.InLoop ? "│" : " ";
        var note = line.Note is null ? string.Empty : $"  ◀ {line.Note}";
        return $"{gutter} {line.Text}{note}\n";
    }
}
