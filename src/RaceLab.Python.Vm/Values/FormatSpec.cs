using System.Text;

namespace RaceLab.Python.Vm.Values;

/// <summary>A parsed format spec: [[fill]align][sign][#][0][width][grouping][.precision][type].</summary>
internal sealed class FormatSpec
{
    public char Fill { get; private set; } = ' ';

    public char Align { get; private set; }

    public char Sign { get; private set; }

    public bool Alternate { get; private set; }

    public int Width { get; private set; } = -1;

    public char Grouping { get; private set; }

    public int Precision { get; private set; } = -1;

    public char Type { get; private set; }

    public static FormatSpec Parse(string spec)
    {
        var s = new FormatSpec();
        var i = 0;
        if (spec.Length >= 2 && spec[1] is '<' or '>' or '^' or '=')
        {
            s.Fill = spec[0];
            s.Align = spec[1];
            i = 2;
        }
        else if (spec.Length >= 1 && spec[0] is '<' or '>' or '^' or '=')
        {
            s.Align = spec[0];
            i = 1;
        }

        if (i < spec.Length && spec[i] is '+' or '-' or ' ')
        {
            s.Sign = spec[i++];
        }

        if (i < spec.Length && spec[i] == '#')
        {
            s.Alternate = true;
            i++;
        }

        if (i < spec.Length && spec[i] == '0')
        {
            if (s.Align == '\0')
            {
                s.Fill = '0';
                s.Align = '=';
            }

            i++;
        }

        var start = i;
        while (i < spec.Length && char.IsAsciiDigit(spec[i]))
        {
            i++;
        }

        if (i > start)
        {
            s.Width = int.Parse(spec.AsSpan(start, i - start), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (i < spec.Length && spec[i] is ',' or '_')
        {
            s.Grouping = spec[i++];
        }

        if (i < spec.Length && spec[i] == '.')
        {
            start = ++i;
            while (i < spec.Length && char.IsAsciiDigit(spec[i]))
            {
                i++;
            }

            s.Precision = int.Parse(spec.AsSpan(start, i - start), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (i < spec.Length)
        {
            s.Type = spec[i++];
        }

        if (i != spec.Length)
        {
            throw PythonError.Of(Tags.ValueError, "Invalid format specifier");
        }

        return s;
    }

    public string Pad(string body, bool numeric)
    {
        if (Width <= body.Length)
        {
            return body;
        }

        var pad = Width - body.Length;
        var align = Align == '\0' ? (numeric ? '>' : '<') : Align;
        var fill = new string(Fill, pad);
        switch (align)
        {
            case '<':
                return body + fill;
            case '^':
                return new string(Fill, pad / 2) + body + new string(Fill, pad - (pad / 2));
            case '=':
                var signLength = body.Length > 0 && body[0] is '-' or '+' or ' ' ? 1 : 0;
                return new StringBuilder().Append(body, 0, signLength).Append(fill).Append(body, signLength, body.Length - signLength).ToString();
            default:
                return fill + body;
        }
    }
}
