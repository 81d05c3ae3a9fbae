using System.Text;

namespace RaceLab.Python.Vm.Values;

/// <summary>
/// <c>str % args</c> (printf-style formatting, Objects/unicodeobject.c's PyUnicode_Format): conversions
/// s r a d i u f F e E g G x X o c and %%, with the - + space 0 flags, a width and a precision (or * for
/// either), against one value, a tuple, or a dict with %(name)s keys. Numbers go through format().
/// </summary>
internal static class PrintfFormat
{
    public static string Apply(string format, PyValue args)
    {
        var values = args.Ref is PyTuple tuple ? tuple.Items : [args];
        var mapping = args.Ref as PyDict;
        var next = 0;
        PyValue Next() => next < values.Length
            ? values[next++]
            : throw PythonError.Of(Tags.TypeError, "not enough arguments for format string");

        var text = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                text.Append(format[i]);
                continue;
            }

            if (++i >= format.Length)
            {
                throw PythonError.Of(Tags.ValueError, "incomplete format");
            }

            PyValue? keyed = null;
            if (format[i] == '(')
            {
                var close = format.IndexOf(')', i);
                if (mapping is null || close < 0)
                {
                    throw PythonError.Of(Tags.TypeError, "format requires a mapping");
                }

                var key = PyValue.FromString(format[(i + 1)..close]);
                keyed = mapping.TryGet(key, out var found) ? found : throw new PythonError(new PyException(Tags.KeyError, [key]));
                i = close + 1;
            }

            var flags = string.Empty;
            while (i < format.Length && "-+ #0".Contains(format[i], StringComparison.Ordinal))
            {
                flags += format[i++];
            }

            var width = Number(format, ref i, Next);
            int? precision = null;
            if (i < format.Length && format[i] == '.')
            {
                i++;
                precision = Number(format, ref i, Next) ?? 0;
            }

            if (i >= format.Length)
            {
                throw PythonError.Of(Tags.ValueError, "incomplete format");
            }

            var type = format[i];
            if (type == '%')
            {
                text.Append('%');
                continue;
            }

            text.Append(Convert(keyed ?? Next(), type, flags, width, precision, i));
        }

        if (mapping is null && next < values.Length)
        {
            throw PythonError.Of(Tags.TypeError, "not all arguments converted during string formatting");
        }

        return text.ToString();
    }

    private static int? Number(string format, ref int i, Func<PyValue> next)
    {
        if (i < format.Length && format[i] == '*')
        {
            i++;
            return (int)next().Int;
        }

        var start = i;
        while (i < format.Length && char.IsAsciiDigit(format[i]))
        {
            i++;
        }

        return i > start ? int.Parse(format[start..i], System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static string Convert(PyValue value, char type, string flags, int? width, int? precision, int at)
    {
        var left = flags.Contains('-', StringComparison.Ordinal);
        switch (type)
        {
            case 's' or 'r' or 'a':
                {
                    var text = type == 's' ? PyFormat.Str(value) : PyFormat.Repr(value);
                    if (precision is { } p && p < text.Length)
                    {
                        text = text[..p];
                    }

                    return Pad(text, width, left);
                }

            case 'c':
                return Pad(value.IsString ? value.String : ((char)value.Int).ToString(), width, left);
            case 'd' or 'i' or 'u' or 'x' or 'X' or 'o' or 'f' or 'F' or 'e' or 'E' or 'g' or 'G':
                {
                    var numeric = type is 'd' or 'i' or 'u' or 'x' or 'X' or 'o' && value.IsFloat ? PyValue.FromInt((long)value.Float) : value;
                    if (!numeric.IsIntegral && !numeric.IsFloat)
                    {
                        throw PythonError.Of(Tags.TypeError, $"%{type} format: a real number is required, not {PyOps.TypeOf(value).Name}");
                    }

                    // printf flags as a format spec: '-' aligns left, '0' pads with zeros after the sign, '+' and
                    // ' ' choose the sign, '#' the alternate form.
                    var zero = !left && flags.Contains('0', StringComparison.Ordinal);
                    var spec = new StringBuilder();
                    spec.Append(left ? "<" : zero ? string.Empty : ">");
                    spec.Append(flags.Contains('+', StringComparison.Ordinal) ? "+" : flags.Contains(' ', StringComparison.Ordinal) ? " " : string.Empty);
                    spec.Append(flags.Contains('#', StringComparison.Ordinal) ? "#" : string.Empty);
                    spec.Append(zero ? "0" : string.Empty);
                    spec.Append(width?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                    var isFloat = type is 'f' or 'F' or 'e' or 'E' or 'g' or 'G';
                    if (isFloat)
                    {
                        spec.Append('.').Append((precision ?? 6).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }

                    spec.Append(type is 'i' or 'u' ? 'd' : type);
                    return PyFormat.Format(isFloat && numeric.IsIntegral ? PyValue.FromFloat((double)numeric.ToBig()) : numeric, spec.ToString());
                }

            default:
                throw PythonError.Of(Tags.ValueError, $"unsupported format character '{type}' (0x{(int)type:x}) at index {at}");
        }
    }

    private static string Pad(string text, int? width, bool left) =>
        width is { } w && w > text.Length ? (left ? text.PadRight(w) : text.PadLeft(w)) : text;
}
