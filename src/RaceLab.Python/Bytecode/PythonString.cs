using System.Globalization;
using System.Text;

namespace RaceLab.Python.Bytecode;

/// <summary>CPython's <c>repr(str)</c> (Objects/unicodeobject.c, unicode_repr).</summary>
public static class PythonString
{
    public static string Repr(string value)
    {
        // CPython prefers single quotes and switches to double quotes only when that avoids escaping.
        var quote = value.Contains('\'', StringComparison.Ordinal) && !value.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var text = new StringBuilder(value.Length + 2).Append(quote);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, value[i + 1]);
                i++;
            }

            switch (codePoint)
            {
                case '\\': text.Append(@"\\"); break;
                case '\n': text.Append(@"\n"); break;
                case '\r': text.Append(@"\r"); break;
                case '\t': text.Append(@"\t"); break;
                default:
                    if (codePoint == quote)
                    {
                        text.Append('\\').Append(quote);
                    }
                    else if (codePoint < 0x20 || codePoint == 0x7f)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"\\x{codePoint:x2}");
                    }
                    else if (codePoint < 0x7f || IsPrintable(codePoint))
                    {
                        text.Append(char.ConvertFromUtf32(codePoint));
                    }
                    else if (codePoint <= 0xff)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"\\x{codePoint:x2}");
                    }
                    else if (codePoint <= 0xffff)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"\\u{codePoint:x4}");
                    }
                    else
                    {
                        text.Append(CultureInfo.InvariantCulture, $"\\U{codePoint:x8}");
                    }

                    break;
            }
        }

        return text.Append(quote).ToString();
    }

    // Approximates Py_UNICODE_ISPRINTABLE: everything but control, format, surrogate, unassigned and
    // separator characters other than the ASCII space.
    private static bool IsPrintable(int codePoint)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse => false,
            UnicodeCategory.SpaceSeparator => codePoint == ' ',
            _ => true,
        };
    }
}
