using System.Text;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// More of the str methods report lines are built with, as Objects/unicodeobject.c and stringlib do them: the
/// split family with maxsplit, splitlines' line boundaries, find/index/count with start and end as slices,
/// partition, the is* tests, case changes, padding. C in CPython: no check point inside.
/// </summary>
internal sealed partial class Machine
{
    private static PyValue MoreStrMethod(PyBuiltin method, string s, ReadOnlySpan<PyValue> args, Dictionary<string, PyValue>? kw)
    {
        return method.Id switch
        {
            BuiltinId.StrRsplit => SplitMethod(s, args, kw, fromRight: true),
            BuiltinId.StrSplitlines => Strings(SplitLines(s, args.Length > 0 ? PyOps.Truthy(args[0]) : kw is not null && kw.TryGetValue("keepends", out var k) && PyOps.Truthy(k))),
            BuiltinId.StrLstrip => PyValue.FromString(StripChars(args) is { } left ? s.TrimStart(left) : s.TrimStart(PythonWhitespace)),
            BuiltinId.StrRstrip => PyValue.FromString(StripChars(args) is { } right ? s.TrimEnd(right) : s.TrimEnd(PythonWhitespace)),
            BuiltinId.StrFind => PyValue.FromInt(Find(s, args, last: false)),
            BuiltinId.StrRfind => PyValue.FromInt(Find(s, args, last: true)),
            BuiltinId.StrIndex or BuiltinId.StrRindex => Find(s, args, last: method.Id == BuiltinId.StrRindex) is var at and >= 0
                ? PyValue.FromInt(at)
                : throw PythonError.Of(Tags.ValueError, "substring not found"),
            BuiltinId.StrCount => PyValue.FromInt(Count(s, args)),
            BuiltinId.StrPartition => Partition(s, args[0].String, last: false),
            BuiltinId.StrRpartition => Partition(s, args[0].String, last: true),
            BuiltinId.StrIsDigit => PyValue.FromBool(s.Length > 0 && s.All(IsPythonDigit)),
            BuiltinId.StrIsAlpha => PyValue.FromBool(s.Length > 0 && s.All(char.IsLetter)),
            BuiltinId.StrIsAlnum => PyValue.FromBool(s.Length > 0 && s.All(char.IsLetterOrDigit)),
            BuiltinId.StrIsSpace => PyValue.FromBool(s.Length > 0 && s.All(IsPythonSpace)),

            // At least one cased character, and no cased character of the other case.
            BuiltinId.StrIsUpper => PyValue.FromBool(s.Any(char.IsUpper) && !s.Any(char.IsLower)),
            BuiltinId.StrIsLower => PyValue.FromBool(s.Any(char.IsLower) && !s.Any(char.IsUpper)),
            BuiltinId.StrTitle => PyValue.FromString(Title(s)),
            BuiltinId.StrCapitalize => PyValue.FromString(s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant()),
            BuiltinId.StrSwapCase => PyValue.FromString(string.Concat(s.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)))),
            BuiltinId.StrCenter or BuiltinId.StrLjust or BuiltinId.StrRjust => PyValue.FromString(Pad(method.Id, s, (int)args[0].Int, args.Length > 1 ? args[1] : default)),
            _ => PyValue.FromString(ZeroFill(s, (int)args[0].Int)),
        };
    }

    /// <summary>
    /// Python's whitespace (Py_UNICODE_ISSPACE): .NET's, plus the separators \x1c-\x1f, which Python counts and
    /// .NET does not.
    /// </summary>
    private static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    /// <summary>Every character <see cref="IsPythonSpace"/> holds for, what strip() with no argument removes.</summary>
    private static readonly char[] PythonWhitespace =
    [
        '\t', '\n', '\v', '\f', '\r', '\x1c', '\x1d', '\x1e', '\x1f', ' ', '\x85', '\xa0', '\u1680', '\u2000', '\u2001',
        '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029',
        '\u202f', '\u205f', '\u3000',
    ];

    /// <summary>str.isdigit: decimal digits and the other digits (superscripts, circled digits), not fractions.</summary>
    private static bool IsPythonDigit(char c) =>
        char.IsDigit(c) || (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherNumber
            && char.GetNumericValue(c) is >= 0 and <= 9 and var v && v == Math.Floor(v));

    private static PyValue Strings(IEnumerable<string> parts) => PyValue.FromObject(new PyList([.. parts.Select(PyValue.FromString)]));

    private static char[]? StripChars(ReadOnlySpan<PyValue> args) => args.Length > 0 && !args[0].IsNone ? args[0].String.ToCharArray() : null;

    /// <summary>split and rsplit: sep (None: runs of whitespace, no empty parts) and maxsplit, positional or by keyword.</summary>
    private static PyValue SplitMethod(string s, ReadOnlySpan<PyValue> args, Dictionary<string, PyValue>? kw, bool fromRight)
    {
        var sep = args.Length > 0 ? args[0] : kw is not null && kw.TryGetValue("sep", out var named) ? named : PyValue.None;
        var max = args.Length > 1 ? args[1].Int : kw is not null && kw.TryGetValue("maxsplit", out var m) ? m.Int : -1;
        if (!sep.IsNone && sep.String.Length == 0)
        {
            throw PythonError.Of(Tags.ValueError, "empty separator");
        }

        var parts = sep.IsNone ? SplitWhitespace(s, max, fromRight) : SplitOn(s, sep.String, max, fromRight);
        return Strings(parts);
    }

    private static List<string> SplitOn(string s, string sep, long max, bool fromRight)
    {
        var parts = new List<string>();
        if (!fromRight)
        {
            var start = 0;
            for (int at; (max < 0 || parts.Count < max) && (at = s.IndexOf(sep, start, StringComparison.Ordinal)) >= 0; start = at + sep.Length)
            {
                parts.Add(s[start..at]);
            }

            parts.Add(s[start..]);
            return parts;
        }

        var end = s.Length;
        for (int at; (max < 0 || parts.Count < max) && end >= sep.Length && (at = s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal)) >= 0; end = at)
        {
            parts.Add(s[(at + sep.Length)..end]);
        }

        parts.Add(s[..end]);
        parts.Reverse();
        return parts;
    }

    /// <summary>split(None): words between runs of whitespace; once maxsplit is reached the rest is kept whole (stripped on the split side only).</summary>
    private static List<string> SplitWhitespace(string s, long max, bool fromRight)
    {
        var parts = new List<string>();
        if (fromRight)
        {
            var end = s.Length;
            while (true)
            {
                while (end > 0 && IsPythonSpace(s[end - 1]))
                {
                    end--;
                }

                if (end == 0)
                {
                    break;
                }

                if (max >= 0 && parts.Count == max)
                {
                    parts.Add(s[..end]);
                    break;
                }

                var start = end;
                while (start > 0 && !IsPythonSpace(s[start - 1]))
                {
                    start--;
                }

                parts.Add(s[start..end]);
                end = start;
            }

            parts.Reverse();
            return parts;
        }

        var i = 0;
        while (true)
        {
            while (i < s.Length && IsPythonSpace(s[i]))
            {
                i++;
            }

            if (i == s.Length)
            {
                break;
            }

            if (max >= 0 && parts.Count == max)
            {
                parts.Add(s[i..]);
                break;
            }

            var start = i;
            while (i < s.Length && !IsPythonSpace(s[i]))
            {
                i++;
            }

            parts.Add(s[start..i]);
        }

        return parts;
    }

    /// <summary>str.splitlines: \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, \u2028 and \u2029 end a line.</summary>
    private static List<string> SplitLines(string s, bool keepEnds)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is not ('\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029'))
            {
                continue;
            }

            var eol = c == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? i + 2 : i + 1;
            lines.Add(s[start..(keepEnds ? eol : i)]);
            start = eol;
            i = eol - 1;
        }

        if (start < s.Length)
        {
            lines.Add(s[start..]);
        }

        return lines;
    }

    /// <summary>start and end as a slice's bounds (negative from the end, clamped).</summary>
    private static (int Start, int End) Bounds(string s, ReadOnlySpan<PyValue> args)
    {
        static int Clamp(long i, int n) => (int)(i < 0 ? Math.Max(0, i + n) : Math.Min(i, n));
        var start = args.Length > 1 && !args[1].IsNone ? Clamp(args[1].Int, s.Length) : 0;
        var end = args.Length > 2 && !args[2].IsNone ? Clamp(args[2].Int, s.Length) : s.Length;
        return (start, end);
    }

    private static int Find(string s, ReadOnlySpan<PyValue> args, bool last)
    {
        var sub = args[0].String;
        var (start, end) = Bounds(s, args);
        if (end - start < sub.Length)
        {
            return -1;
        }

        var window = s[start..end];
        var at = last ? window.LastIndexOf(sub, StringComparison.Ordinal) : window.IndexOf(sub, StringComparison.Ordinal);
        return at < 0 ? -1 : start + at;
    }

    /// <summary>Non-overlapping occurrences; the empty string occurs once more than the window has characters.</summary>
    private static int Count(string s, ReadOnlySpan<PyValue> args)
    {
        var sub = args[0].String;
        var (start, end) = Bounds(s, args);
        if (end - start < sub.Length)
        {
            return 0;
        }

        if (sub.Length == 0)
        {
            return end - start + 1;
        }

        var count = 0;
        for (var at = start; (at = s.IndexOf(sub, at, end - at, StringComparison.Ordinal)) >= 0; at += sub.Length)
        {
            count++;
        }

        return count;
    }

    private static PyValue Partition(string s, string sep, bool last)
    {
        if (sep.Length == 0)
        {
            throw PythonError.Of(Tags.ValueError, "empty separator");
        }

        var at = last ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        string[] parts = at < 0
            ? last ? ["", "", s] : [s, "", ""]
            : [s[..at], sep, s[(at + sep.Length)..]];
        return PyValue.FromObject(new PyTuple([.. parts.Select(PyValue.FromString)]));
    }

    /// <summary>str.title: a cased character after an uncased one is upper-cased, every other one lower-cased.</summary>
    private static string Title(string s)
    {
        var text = new StringBuilder(s.Length);
        var previousCased = false;
        foreach (var c in s)
        {
            text.Append(previousCased ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
            previousCased = char.IsUpper(c) || char.IsLower(c);
        }

        return text.ToString();
    }

    /// <summary>center, ljust, rjust; center puts the odd space as unicode_center_impl does (left when width is odd).</summary>
    private static string Pad(BuiltinId id, string s, int width, PyValue fill)
    {
        var c = ' ';
        if (fill.Ref is not null)
        {
            c = fill.IsString && fill.String.Length == 1 ? fill.String[0] : throw PythonError.Of(Tags.TypeError, "The fill character must be exactly one character long");
        }

        var margin = width - s.Length;
        if (margin <= 0)
        {
            return s;
        }

        var left = id switch
        {
            BuiltinId.StrLjust => 0,
            BuiltinId.StrRjust => margin,
            _ => (margin / 2) + (margin & width & 1),
        };
        return new string(c, left) + s + new string(c, margin - left);
    }

    /// <summary>zfill: zeros after a leading sign.</summary>
    private static string ZeroFill(string s, int width)
    {
        if (s.Length >= width)
        {
            return s;
        }

        var zeros = new string('0', width - s.Length);
        return s.Length > 0 && s[0] is '+' or '-' ? s[0] + zeros + s[1..] : zeros + s;
    }
}
