using System.Text;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>The str methods programs print with (C code in CPython: no check point inside).</summary>
internal sealed partial class Machine
{
    private static PyValue StrMethod(PyBuiltin method, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var s = pos[0].String;
        var args = pos[1..];
        switch (method.Id)
        {
            case BuiltinId.StrJoin:
                Expect(method, pos, 2, 2, kw);
                return PyValue.FromString(string.Join(s, Iteration.ToList(args[0]).Select((v, i) => BuiltinSubclass.Unwrap(v).Ref is string item
                    ? item
                    : throw PythonError.Of(Tags.TypeError, $"sequence item {i}: expected str instance, {PyOps.TypeOf(v).Name} found"))));
            case BuiltinId.StrFormat:
                return PyValue.FromString(Format(s, args, kw));
            case BuiltinId.StrSplit:
                return SplitMethod(s, args, kw, fromRight: false);

            case BuiltinId.StrUpper:
                return PyValue.FromString(s.ToUpperInvariant());
            case BuiltinId.StrLower:
                return PyValue.FromString(s.ToLowerInvariant());
            case BuiltinId.StrStrip:
                return PyValue.FromString(args.Length > 0 && !args[0].IsNone ? s.Trim(args[0].String.ToCharArray()) : s.Trim(PythonWhitespace));
            case BuiltinId.StrStartsWith:
                return PyValue.FromBool(Affix(args[0]).Any(p => s.StartsWith(p, StringComparison.Ordinal)));
            case BuiltinId.StrEndsWith:
                return PyValue.FromBool(Affix(args[0]).Any(p => s.EndsWith(p, StringComparison.Ordinal)));
            case BuiltinId.StrReplace:
                Expect(method, pos, 3, 3, kw);
                return PyValue.FromString(args[0].String.Length == 0 && s.Length == 0 ? args[1].String : s.Replace(args[0].String, args[1].String, StringComparison.Ordinal));
            default:
                return MoreStrMethod(method, s, args, kw);
        }
    }

    private static IEnumerable<string> Affix(PyValue prefix) =>
        prefix.Ref is PyTuple t ? t.Items.Select(i => i.String) : [prefix.String];

    /// <summary>str.format: {} and {0} and {name}, each with an optional !r/!s conversion and :spec.</summary>
    private static string Format(string template, ReadOnlySpan<PyValue> args, Dictionary<string, PyValue>? kw)
    {
        var text = new StringBuilder();
        var auto = 0;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c is '{' or '}' && i + 1 < template.Length && template[i + 1] == c)
            {
                text.Append(c);
                i++;
                continue;
            }

            if (c != '{')
            {
                text.Append(c);
                continue;
            }

            var end = template.IndexOf('}', i);
            var field = template[(i + 1)..end];
            i = end;
            var spec = string.Empty;
            var colon = field.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                spec = field[(colon + 1)..];
                field = field[..colon];
            }

            var conversion = ' ';
            if (field.Length >= 2 && field[^2] == '!')
            {
                conversion = field[^1];
                field = field[..^2];
            }

            var value = field.Length == 0 ? args[auto++]
                : int.TryParse(field, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) ? args[index]
                : kw is not null && kw.TryGetValue(field, out var named) ? named
                : throw PythonError.Of(Tags.KeyError, $"'{field}'");
            if (conversion == 'r')
            {
                value = PyValue.FromString(PyFormat.Repr(value));
            }
            else if (conversion == 's')
            {
                value = PyValue.FromString(PyFormat.Str(value));
            }

            text.Append(PyFormat.Format(value, spec));
        }

        return text.ToString();
    }
}
