using System.Text;

namespace RaceLab.Cli.Infrastructure;

/// <summary>
/// Draws a table of plain one-cell-per-character text as Spectre's default <c>Table</c> does when it fits:
/// square Unicode border, columns as wide as their widest cell plus one space each side, the title centred
/// over the table. Null when Spectre would do anything else (too wide: it wraps cells; other characters).
/// </summary>
internal static class PlainTable
{
    public static string? Render(string title, string[] headers, IReadOnlyList<string[]> rows, int maxWidth)
    {
        var widths = new int[headers.Length];
        if (!Measure(headers, widths) || !PlainMarkup.OneCellEach(title))
        {
            return null;
        }

        foreach (var row in rows)
        {
            if (row.Length != headers.Length || !Measure(row, widths))
            {
                return null;
            }
        }

        var total = headers.Length + 1;
        foreach (var w in widths)
        {
            total += w + 2;
        }

        if (total > maxWidth || title.Length > total)
        {
            return null;
        }

        var text = new StringBuilder();
        var left = (total - title.Length) / 2;
        text.Append(' ', left).Append(title).Append(' ', total - title.Length - left).Append(Environment.NewLine);
        Rule(text, widths, '┌', '┬', '┐');
        Row(text, headers, widths);
        Rule(text, widths, '├', '┼', '┤');
        foreach (var row in rows)
        {
            Row(text, row, widths);
        }

        Rule(text, widths, '└', '┴', '┘');
        return text.ToString();
    }

    private static bool Measure(string[] cells, int[] widths)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (!PlainMarkup.OneCellEach(cells[i]))
            {
                return false;
            }

            widths[i] = Math.Max(widths[i], cells[i].Length);
        }

        return true;
    }

    private static void Rule(StringBuilder text, int[] widths, char left, char middle, char right)
    {
        text.Append(left);
        for (var i = 0; i < widths.Length; i++)
        {
            text.Append('─', widths[i] + 2).Append(i + 1 < widths.Length ? middle : right);
        }

        text.Append(Environment.NewLine);
    }

    private static void Row(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append('│');
        for (var i = 0; i < cells.Length; i++)
        {
            text.Append(' ').Append(cells[i]).Append(' ', widths[i] - cells[i].Length + 1).Append('│');
        }

        text.Append(Environment.NewLine);
    }
}
