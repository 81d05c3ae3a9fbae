using System.Globalization;
using System.Text;

namespace RaceLab.Python.Bytecode;

/// <summary>CPython's <c>repr(str)</c> (Objects/unicodeobject.c, unicode_repr).</summary>
public static partial class PythonString
{
    /// <summary>The repr as CPython 3.13 prints it.</summary>
    public static string Repr(string value) => Repr(value, PythonVersion.Py313);

    /// <summary>
    /// The repr as <paramref name="version"/> prints it: the versions differ only in which non-ASCII
    /// characters their Unicode database calls printable (a character assigned by a later Unicode version
    /// is escaped by an earlier CPython).
    /// </summary>
    public static string Repr(string value, PythonVersion version)
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
                    else if (codePoint < 0x7f || IsPrintable(codePoint, version))
                    {
                        AppendCodePoint(text, codePoint);
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

    /// <summary>
    /// Py_UNICODE_ISPRINTABLE of that version: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other
    /// than the ASCII space, by that CPython's own Unicode database (tools/gen-printable.py).
    /// </summary>
    public static bool IsPrintable(int codePoint, PythonVersion version)
    {
        if (!InRanges(Printable313, codePoint))
        {
            return false;
        }

        var later = version switch
        {
            PythonVersion.Py39 => NotPrintablePy39,
            PythonVersion.Py310 => NotPrintablePy310,
            PythonVersion.Py311 => NotPrintablePy311,
            PythonVersion.Py312 => NotPrintablePy312,
            _ => [],
        };
        return !InRanges(later, codePoint);
    }

    private static void AppendCodePoint(StringBuilder text, int codePoint)
    {
        if (codePoint is >= 0xd800 and <= 0xdfff)
        {
            text.Append((char)codePoint);
        }
        else
        {
            text.Append(char.ConvertFromUtf32(codePoint));
        }
    }

    // ranges holds ascending [first, last] pairs.
    private static bool InRanges(int[] ranges, int codePoint)
    {
        int low = 0, high = (ranges.Length / 2) - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (codePoint < ranges[2 * mid])
            {
                high = mid - 1;
            }
            else if (codePoint > ranges[(2 * mid) + 1])
            {
                low = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
