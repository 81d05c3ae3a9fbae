using System.Text;

namespace RaceLab.Cli.Infrastructure;

/// <summary>The text of simple Spectre markup, or null where Spectre could do more than drop the tags.</summary>
internal static class PlainMarkup
{
    public static string? Text(string markup)
    {
        var text = new StringBuilder(markup.Length);
        for (var i = 0; i < markup.Length; i++)
        {
            var c = markup[i];
            if (c == '[' && i + 1 < markup.Length && markup[i + 1] == '[')
            {
                text.Append('[');
                i++;
            }
            else if (c == ']' && i + 1 < markup.Length && markup[i + 1] == ']')
            {
                text.Append(']');
                i++;
            }
            else if (c == '[')
            {
                var end = markup.IndexOf(']', i);
                if (end < 0 || !IsStyleTag(markup.AsSpan(i + 1, end - i - 1)))
                {
                    return null;
                }

                i = end;
            }
            else if (c == ']')
            {
                return null;
            }
            else
            {
                text.Append(c);
            }
        }

        // Two colons could make an emoji code (":warning:"), which markup replaces.
        var plain = text.ToString();
        var first = plain.IndexOf(':', StringComparison.Ordinal);
        return first >= 0 && plain.IndexOf(':', first + 1) >= 0 ? null : plain;
    }

    /// <summary>True when every character takes one terminal cell and Spectre prints it as it is.</summary>
    public static bool OneCellEach(string text)
    {
        foreach (var c in text)
        {
            if (c is (< ' ' or > '~') and not '·' and not '│')
            {
                return false;
            }
        }

        return true;
    }

    // The tags the reports use: closing, or words of letters (bold, red, grey).
    private static bool IsStyleTag(ReadOnlySpan<char> tag)
    {
        if (tag is "/")
        {
            return true;
        }

        foreach (var c in tag)
        {
            if (c is not ((>= 'a' and <= 'z') or ' '))
            {
                return false;
            }
        }

        return tag.Length > 0;
    }
}
