namespace RaceLab.IlView.Native;

/// <summary>Splits a DOTNET_JitStdOutFile into one listing per compilation, in the order the JIT compiled them.</summary>
public static class JitListingParser
{
    private const string Marker = "; Assembly listing for method ";

    public static IReadOnlyList<JitListing> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var listings = new List<JitListing>();
        string? method = null;
        string? tier = null;
        var details = new List<string>();
        var code = new List<string>();
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                Flush();
                (method, tier) = SplitHeader(line[Marker.Length..]);
                details = [];
                code = [];
            }
            else if (method is not null)
            {
                if (line.StartsWith("; ", StringComparison.Ordinal) && code.Count == 0)
                {
                    details.Add(line[2..]);
                }
                else if (line.Trim().Length > 0 || code.Count > 0)
                {
                    code.Add(line);
                }
            }
        }

        Flush();
        return listings;

        void Flush()
        {
            if (method is not null)
            {
                while (code.Count > 0 && code[^1].Trim().Length == 0)
                {
                    code.RemoveAt(code.Count - 1);
                }

                listings.Add(new JitListing(method, tier ?? "unknown tier", details, code));
            }
        }
    }

    /// <summary><c>NS.Type:Method(int) (Tier1)</c> → the method and the tier in the last parentheses.</summary>
    private static (string Method, string Tier) SplitHeader(string header)
    {
        var open = header.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && header.EndsWith(')')
            ? (header[..open], header[(open + 2)..^1])
            : (header, "unknown tier");
    }
}
