using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Syntax;

/// <summary>
/// ast_opt.c's optimize_format (3.11+): <c>"a %s b %5r" % (x, y)</c> with only %s / %r / %a units (flags, a width and
/// a precision of at most two digits each) becomes the f-string <c>f"a {x!s} b {y!r:>5}"</c>. The literal parts
/// and format specs it creates have no position; each formatted value takes its argument's span.
/// </summary>
internal static class PercentFormat
{
    private const int MaxDigits = 3;

    public static Expression Optimize(BinOpNode node, string format, ImmutableArray<Expression> args)
    {
        var values = ImmutableArray.CreateBuilder<Expression>();
        var position = 0;
        var count = 0;
        while (true)
        {
            if (Literal(format, ref position) is { } literal)
            {
                values.Add(new ConstantNode(new StringConstant(literal), SourceSpan.None));
            }

            if (position >= format.Length)
            {
                break;
            }

            if (count >= args.Length)
            {
                return node; // more format units than items
            }

            position++; // %
            if (Field(format, ref position, args[count]) is not { } field)
            {
                return node; // a unit it does not handle
            }

            count++;
            values.Add(field);
        }

        return count < args.Length ? node : new JoinedStrNode(values.ToImmutable(), node.Span);
    }

    private static string? Literal(string format, ref int position)
    {
        var start = position;
        var hasPercents = false;
        while (position < format.Length)
        {
            if (format[position] != '%')
            {
                position++;
            }
            else if (position + 1 < format.Length && format[position + 1] == '%')
            {
                hasPercents = true;
                position += 2;
            }
            else
            {
                break;
            }
        }

        if (position == start)
        {
            return null;
        }

        var text = format[start..position];
        return hasPercents ? text.Replace("%%", "%", StringComparison.Ordinal) : text;
    }

    private static FormattedValueNode? Field(string format, ref int position, Expression arg)
    {
        int width = -1, precision = -1;
        var leftJustify = false;
        char c;
        while (true)
        {
            if (!Next(format, ref position, out c))
            {
                return null;
            }

            if (c == '-')
            {
                leftJustify = true;
            }
            else if (c is not ('+' or ' ' or '#' or '0'))
            {
                break;
            }
        }

        if (char.IsAsciiDigit(c) && !Digits(format, ref position, ref c, out width))
        {
            return null;
        }

        if (c == '.')
        {
            if (!Next(format, ref position, out c))
            {
                return null;
            }

            precision = 0;
            if (char.IsAsciiDigit(c) && !Digits(format, ref position, ref c, out precision))
            {
                return null;
            }
        }

        if (c is not ('s' or 'r' or 'a'))
        {
            return null;
        }

        var spec = new StringBuilder();
        if (!leftJustify && width > 0)
        {
            spec.Append('>');
        }

        if (width >= 0)
        {
            spec.Append(width.ToString(CultureInfo.InvariantCulture));
        }

        if (precision >= 0)
        {
            spec.Append('.').Append(precision.ToString(CultureInfo.InvariantCulture));
        }

        var formatSpec = spec.Length > 0 ? new ConstantNode(new StringConstant(spec.ToString()), SourceSpan.None) : null;
        return new FormattedValueNode(arg, c, formatSpec, arg.Span);
    }

    private static bool Digits(string format, ref int position, ref char c, out int value)
    {
        value = 0;
        var digits = 0;
        while (char.IsAsciiDigit(c))
        {
            value = (value * 10) + (c - '0');
            if (!Next(format, ref position, out c) || ++digits >= MaxDigits)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Next(string format, ref int position, out char c)
    {
        if (position >= format.Length)
        {
            c = '\0';
            return false;
        }

        c = format[position++];
        return true;
    }
}
