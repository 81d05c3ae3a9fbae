using System.Globalization;

namespace RaceLab.Python.Bytecode;

/// <summary>CPython's <c>repr(float)</c>: the shortest string that round-trips (Python/pystrtod.c, 'r' mode).</summary>
public static class PythonFloat
{
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        // .NET's "R" gives the shortest round-trip digits, as Python does; only the layout differs.
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var (digits, exponent) = Decompose(shortest);
        var sign = value < 0 ? "-" : string.Empty;

        // Python switches to exponent notation when the decimal exponent is < -4 or >= 16.
        if (exponent < -4 || exponent >= 16)
        {
            var mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            var exp = exponent < 0 ? "-" + (-exponent).ToString("00", CultureInfo.InvariantCulture)
                                   : "+" + exponent.ToString("00", CultureInfo.InvariantCulture);
            return sign + mantissa + "e" + exp;
        }

        if (exponent < 0)
        {
            return sign + "0." + new string('0', -exponent - 1) + digits;
        }

        if (digits.Length <= exponent + 1)
        {
            return sign + digits + new string('0', exponent + 1 - digits.Length) + ".0";
        }

        return sign + digits[..(exponent + 1)] + "." + digits[(exponent + 1)..];
    }

    /// <summary>Splits .NET's round-trip text into significant digits and the exponent of the first digit.</summary>
    private static (string Digits, int Exponent) Decompose(string text)
    {
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot >= 0 ? text[..dot] : text;
        var fracPart = dot >= 0 ? text[(dot + 1)..] : string.Empty;
        var all = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - all.Length;
        exponent += intPart.Length - 1 - leadingZeros;
        all = all.TrimEnd('0');
        return (all.Length == 0 ? "0" : all, exponent);
    }
}
