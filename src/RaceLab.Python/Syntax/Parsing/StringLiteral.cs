using System.Globalization;
using System.Text;

namespace RaceLab.Python.Syntax;

/// <summary>
/// One string token split into prefix flags and body, and the decoding of a body's escape sequences as
/// CPython's unicode_escape codec does (unknown escapes such as \d stay as written).
/// </summary>
internal sealed record StringLiteral(Token Token, bool Raw, bool Bytes, bool Format, bool Unicode, int BodyStart, int BodyEnd)
{
    public static StringLiteral Split(Token token)
    {
        var text = token.Text;
        var prefixLength = text.IndexOfAny(['\'', '"']);
        var prefix = text[..prefixLength].ToLowerInvariant();
        var quoteLength = text.Length - prefixLength >= 6 && text[prefixLength + 1] == text[prefixLength] && text[prefixLength + 2] == text[prefixLength] ? 3 : 1;
        return new StringLiteral(
            token,
            prefix.Contains('r', StringComparison.Ordinal),
            prefix.Contains('b', StringComparison.Ordinal),
            prefix.Contains('f', StringComparison.Ordinal),
            prefix.Contains('u', StringComparison.Ordinal),
            token.Start + prefixLength + quoteLength,
            token.End - quoteLength);
    }

    /// <summary>Decodes <c>[start, end)</c> of the source; <paramref name="error"/> builds the error for a bad escape.</summary>
    public static string Decode(string text, int start, int end, bool raw, Func<string, PythonSyntaxException> error)
    {
        if (raw || text.IndexOf('\\', start, end - start) < 0)
        {
            return text[start..end];
        }

        var value = new StringBuilder(end - start);
        var i = start;
        while (i < end)
        {
            var c = text[i++];
            if (c != '\\' || i >= end)
            {
                value.Append(c);
                continue;
            }

            var escapeStart = i - 1 - start;
            var e = text[i++];
            switch (e)
            {
                case '\n': break;
                case '\\': value.Append('\\'); break;
                case '\'': value.Append('\''); break;
                case '"': value.Append('"'); break;
                case 'a': value.Append('\a'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'v': value.Append('\v'); break;
                case >= '0' and <= '7':
                    var octal = e - '0';
                    for (var n = 0; n < 2 && i < end && text[i] is >= '0' and <= '7'; n++)
                    {
                        octal = (octal * 8) + (text[i++] - '0');
                    }

                    value.Append((char)octal);
                    break;
                case 'x' or 'u' or 'U':
                    var digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + digits > end || !IsHex(text.AsSpan(i, digits)))
                    {
                        var available = 0;
                        while (available < digits && i + available < end && char.IsAsciiHexDigit(text[i + available]))
                        {
                            available++;
                        }

                        var name = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                        throw error($"(unicode error) 'unicodeescape' codec can't decode bytes in position {escapeStart}-{escapeStart + 1 + available}: truncated {name} escape");
                    }

                    var codePoint = int.Parse(text.AsSpan(i, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                    if ((uint)codePoint > 0x10FFFF)
                    {
                        throw error($"(unicode error) 'unicodeescape' codec can't decode bytes in position {escapeStart}-{escapeStart + 1 + digits}: illegal Unicode character");
                    }

                    i += digits;
                    value.Append(codePoint is >= 0xD800 and <= 0xDFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint));
                    break;
                case 'N':
                    throw error("unsupported construct: \\N{...} escape");
                default:
                    value.Append('\\').Append(e);
                    break;
            }
        }

        return value.ToString();
    }

    private static bool IsHex(ReadOnlySpan<char> digits)
    {
        foreach (var digit in digits)
        {
            if (!char.IsAsciiHexDigit(digit))
            {
                return false;
            }
        }

        return true;
    }
}
