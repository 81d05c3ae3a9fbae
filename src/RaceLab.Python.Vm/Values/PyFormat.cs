using System.Globalization;
using System.Text;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Vm.Threading;

namespace RaceLab.Python.Vm.Values;

/// <summary>str(), repr() and format() as CPython prints them.</summary>
internal static partial class PyFormat
{
    public static string Str(PyValue v) => v.Ref switch
    {
        string s => s,
        PyInstance { NativeValue.IsNull: false } i => Str(i.NativeValue),
        // KeyError(key) shows the key as its repr, so a missing '' reads as ''.
        PyException e when e.Args.Length == 1 && e.Type.IsSubtypeOf(Tags.KeyError) => Repr(e.Args[0]),
        PyException e => e.Args.Length switch { 0 => string.Empty, 1 => Str(e.Args[0]), _ => Repr(PyValue.FromObject(new PyTuple(e.Args))) },
        _ => Repr(v),
    };

    public static string Repr(PyValue v)
    {
        if (v.IsInt)
        {
            return v.Int.ToString(CultureInfo.InvariantCulture);
        }

        if (v.IsBool)
        {
            return v.Int != 0 ? "True" : "False";
        }

        if (v.IsFloat)
        {
            return PythonFloat.Repr(v.Float);
        }

        if (v.IsNone)
        {
            return "None";
        }

        return v.Ref switch
        {
            null => "<NULL>",
            PyBigInt b => b.Value.ToString(CultureInfo.InvariantCulture),
            string s => PythonString.Repr(s),
            PyList l => "[" + string.Join(", ", l.Items.Select(Repr)) + "]",
            Itertools.PyCount c => c.ToString(),
            Itertools.PyNativeIterator n => $"<itertools.{n.Type.Name} object>",
            PyDeque d => "deque([" + string.Join(", ", d.Items.Select(Repr)) + "]" + (d.MaxLength is { } max ? $", maxlen={max})" : ")"),
            PyTuple { Shape: { } shape } t => shape.TypeName + "(" + string.Join(", ", shape.Fields.Select((name, i) => name + "=" + Repr(t.Items[i]))) + ")",
            PyTuple t => t.Items.Length == 1 ? "(" + Repr(t.Items[0]) + ",)" : "(" + string.Join(", ", t.Items.Select(Repr)) + ")",
            PyDict { IsDefaultDict: true } d => "defaultdict(" + Repr(d.DefaultFactory) + ", " + DictRepr(d) + ")",
            PyDict d => DictRepr(d),
            PyAttributeDict { ReadOnly: true } a => "mappingproxy(" + DictRepr(a.Snapshot()) + ")",
            PyAttributeDict a => DictRepr(a.Snapshot()),
            PyPartial p => PartialRepr(p),
            PySet s => SetRepr(s),
            PyDictView view => view.Type.Name + "([" + string.Join(", ", view.Items().Select(Repr)) + "])",
            PyRange r => r.Step == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})",
            PyFunction f => $"<function {f.QualifiedName}>",
            PyGenerator g => $"<generator object {g.QualifiedName}>",
            PyBuiltin b => $"<built-in function {b.Name}>",
            PyBoundMethod m => $"<built-in method {m.Function.Name} of {PyOps.TypeOf(m.Self).Name} object>",
            PyModule m => $"<module '{m.Name}' (built-in)>",
            PyType t => t.Module == "builtins" ? $"<class '{t.Name}'>" : $"<class '{t.Module}.{t.Name}'>",
            PyException e => e.Type.Name + "(" + string.Join(", ", e.Args.Select(Repr)) + ")",
            PyThreadObject t => $"<Thread({t.Name}, {t.StateName})>",
            PyLock l => $"<{(l.Owner is null ? "unlocked" : "locked")} _thread.lock object>",
            PyEllipsis => "Ellipsis",
            PyNotImplemented => "NotImplemented",
            PySlice slice => $"slice({Repr(slice.Start)}, {Repr(slice.Stop)}, {Repr(slice.Step)})",
            PyInstance { NativeValue.IsNull: false } i => Repr(i.NativeValue),
            PyInstance i => i.Class.Module == "builtins"
                ? $"<{i.Class.QualifiedName} object at 0x{i.Address:x}>"
                : $"<{i.Class.Module}.{i.Class.QualifiedName} object at 0x{i.Address:x}>",
            _ => $"<{PyOps.TypeOf(v).Name} object>",
        };
    }

    /// <summary>A callable stored by a partial or a defaultdict: there an inline 0, 0.0 or False is the type int, float or bool.</summary>

    private static string DictRepr(PyDict d) => "{" + string.Join(", ", d.Items.Select(p => Repr(p.Key) + ": " + Repr(p.Value))) + "}";

    /// <summary>partial_repr: the function, the stored arguments, then the keywords as name=value.</summary>
    private static string PartialRepr(PyPartial p) =>
        "functools.partial(" + string.Join(", ", new[] { Repr(p.Function) }.Concat(p.Args.Select(Repr))
            .Concat(p.Keywords.Items.Select(k => PyFormat.Str(k.Key) + "=" + Repr(k.Value)))) + ")";

    /// <summary>FORMAT_VALUE's conversion: 1 = !s, 2 = !r, 3 = !a.</summary>
    public static PyValue Convert(PyValue v, int conversion) => conversion switch
    {
        1 => PyValue.FromString(Str(v)),
        2 or 3 => PyValue.FromString(Repr(v)),
        _ => v,
    };

    public static string Format(PyValue v, string spec)
    {
        if (spec.Length == 0)
        {
            return Str(v);
        }

        var s = FormatSpec.Parse(spec);
        v = BuiltinSubclass.Unwrap(v);
        if (v.IsIntegral && s.Type is '\0' or 'd' or 'n' or 'x' or 'X' or 'o' or 'b' or 'c')
        {
            return s.Pad(FormatInteger(v, s), numeric: true);
        }

        if (PyOps.IsNumber(v) && s.Type is '\0' or 'f' or 'F' or 'e' or 'E' or 'g' or 'G' or '%')
        {
            return s.Pad(FormatFloat(PyOps.ToDouble(v), s, v.IsFloat), numeric: true);
        }

        if (v.Ref is string text && s.Type is '\0' or 's')
        {
            return s.Pad(s.Precision >= 0 && s.Precision < text.Length ? text[..s.Precision] : text, numeric: false);
        }

        throw PythonError.Of(Tags.ValueError, $"Unknown format code '{s.Type}' for object of type '{PyOps.TypeOf(v).Name}'");
    }

    private static string FormatInteger(PyValue v, FormatSpec s)
    {
        var value = v.ToBig();
        var magnitude = System.Numerics.BigInteger.Abs(value);
        var digits = s.Type switch
        {
            'x' => magnitude.ToString("x", CultureInfo.InvariantCulture).TrimStart('0'),
            'X' => magnitude.ToString("X", CultureInfo.InvariantCulture).TrimStart('0'),
            'o' => ToBase(magnitude, 8),
            'b' => ToBase(magnitude, 2),
            'c' => char.ConvertFromUtf32((int)value),
            _ => magnitude.ToString(CultureInfo.InvariantCulture),
        };
        if (digits.Length == 0)
        {
            digits = "0";
        }

        if (s.Grouping != '\0')
        {
            digits = Group(digits, s.Grouping, s.Type is 'x' or 'X' or 'o' or 'b' ? 4 : 3);
        }

        var prefix = s.Alternate ? s.Type switch { 'x' => "0x", 'X' => "0X", 'o' => "0o", 'b' => "0b", _ => string.Empty } : string.Empty;
        return Sign(value.Sign < 0, s) + prefix + digits;
    }

    private static string ToBase(System.Numerics.BigInteger value, int radix)
    {
        if (value.IsZero)
        {
            return "0";
        }

        var text = new StringBuilder();
        while (!value.IsZero)
        {
            text.Insert(0, (char)('0' + (int)(value % radix)));
            value /= radix;
        }

        return text.ToString();
    }

    private static string FormatFloat(double x, FormatSpec s, bool isFloat)
    {
        var negative = x < 0 || (x == 0 && double.IsNegative(x));
        var a = Math.Abs(x);
        var precision = s.Precision >= 0 ? s.Precision : 6;
        string body;
        switch (s.Type)
        {
            case 'f' or 'F':
                body = a.ToString("F" + precision, CultureInfo.InvariantCulture);
                break;
            case '%':
                body = (a * 100).ToString("F" + precision, CultureInfo.InvariantCulture) + "%";
                break;
            case 'e' or 'E':
                body = a.ToString((s.Type == 'e' ? "e" : "E") + precision, CultureInfo.InvariantCulture);
                body = body.Replace("e+0", "e+", StringComparison.Ordinal).Replace("e-0", "e-", StringComparison.Ordinal)
                    .Replace("E+0", "E+", StringComparison.Ordinal).Replace("E-0", "E-", StringComparison.Ordinal);
                break;
            case 'g' or 'G':
                body = a.ToString((s.Type == 'g' ? "g" : "G") + Math.Max(precision, 1), CultureInfo.InvariantCulture);
                break;
            default:
                body = s.Precision >= 0
                    ? a.ToString("g" + Math.Max(precision, 1), CultureInfo.InvariantCulture)
                    : (isFloat ? PythonFloat.Repr(a) : a.ToString("R", CultureInfo.InvariantCulture));
                break;
        }

        if (s.Grouping != '\0')
        {
            var dot = body.IndexOfAny(['.', 'e', 'E', '%']);
            var intPart = dot < 0 ? body : body[..dot];
            body = Group(intPart, s.Grouping, 3) + (dot < 0 ? string.Empty : body[dot..]);
        }

        return Sign(negative, s) + body;
    }

    private static string Sign(bool negative, FormatSpec s) =>
        negative ? "-" : s.Sign switch { '+' => "+", ' ' => " ", _ => string.Empty };

    private static string Group(string digits, char separator, int size)
    {
        var text = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % size == 0)
            {
                text.Append(separator);
            }

            text.Append(digits[i]);
        }

        return text.ToString();
    }

    /// <summary>{1, 2} / set() / frozenset({1, 2}) / frozenset().</summary>
    private static string SetRepr(PySet set)
    {
        var items = string.Join(", ", set.Items.Select(Repr));
        if (set.Class is { } type)
        {
            // set_repr names a subclass: S({1, 2}), S().
            return set.Count == 0 ? type.Name + "()" : type.Name + "({" + items + "})";
        }

        return set.Frozen
            ? set.Count == 0 ? "frozenset()" : "frozenset({" + items + "})"
            : set.Count == 0 ? "set()" : "{" + items + "}";
    }
}
