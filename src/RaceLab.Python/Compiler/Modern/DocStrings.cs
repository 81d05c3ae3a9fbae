using System.Text;

namespace RaceLab.Python.Compiler.Modern;

/// <summary>3.13's _PyCompile_CleanDoc: docstrings lose their common indentation at compile time.</summary>
internal static class DocStrings
{
    public static string Clean(string doc)
    {
        doc = ExpandTabs(doc);
        var lines = doc.Split('\n');
        var margin = int.MaxValue;
        for (var i = 1; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ').Length;
            if (indent < lines[i].Length)
            {
                margin = Math.Min(margin, indent);
            }
        }

        if (margin == int.MaxValue)
        {
            margin = 0;
        }

        var first = lines[0].TrimStart(' ');
        if (first.Length == lines[0].Length && margin == 0)
        {
            return doc;
        }

        var text = new StringBuilder(first);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            var strip = 0;
            while (strip < margin && strip < line.Length && line[strip] == ' ')
            {
                strip++;
            }

            text.Append('\n').Append(line, strip, line.Length - strip);
        }

        return text.ToString();
    }

    private static string ExpandTabs(string text)
    {
        if (!text.Contains('\t', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder();
        var column = 0;
        foreach (var ch in text)
        {
            if (ch == '\t')
            {
                var spaces = 8 - (column % 8);
                result.Append(' ', spaces);
                column += spaces;
            }
            else
            {
                result.Append(ch);
                column = ch is '\n' or '\r' ? 0 : column + 1;
            }
        }

        return result.ToString();
    }
}
