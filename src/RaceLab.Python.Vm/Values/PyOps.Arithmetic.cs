using System.Numerics;
using System.Text;

namespace RaceLab.Python.Vm.Values;

internal static partial class PyOps
{
    /// <summary>BINARY_OP / BINARY_* / INPLACE_* for every operand type the VM models.</summary>
    public static PyValue Binary(int kind, PyValue a, PyValue b)
    {
        var op = kind % BinaryOps.InPlace;
        if (a.IsIntegral && b.IsIntegral)
        {
            return IntegerBinary(op, a, b, kind);
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return FloatBinary(op, ToDouble(a), ToDouble(b), kind, a, b);
        }

        if (BuiltinSubclass.HasNativeValue(a) || BuiltinSubclass.HasNativeValue(b))
        {
            // int.__add__ and the like on a subclass instance: the base's operation, a result of the base type.
            return Binary(kind % BinaryOps.InPlace, BuiltinSubclass.Unwrap(a), BuiltinSubclass.Unwrap(b));
        }

        switch (a.Ref, b.Ref)
        {
            case (string x, _) when op == BinaryOps.Remainder:
                return PyValue.FromString(PrintfFormat.Apply(x, b));
            case (string x, string y) when op == BinaryOps.Add:
                return PyValue.FromString(string.Concat(x, y));
            case (string x, _) when op == BinaryOps.Multiply && b.IsIntegral:
                return PyValue.FromString(Repeat(x, b.Int));
            case (_, string y) when op == BinaryOps.Multiply && a.IsIntegral:
                return PyValue.FromString(Repeat(y, a.Int));
            case (PyList x, PyList y) when op == BinaryOps.Add:
                if (kind >= BinaryOps.InPlace)
                {
                    x.Items.AddRange([.. y.Items]);
                    return a;
                }

                return PyValue.FromObject(new PyList([.. x.Items, .. y.Items]));
            case (PyList x, _) when op == BinaryOps.Add && kind >= BinaryOps.InPlace:
                x.Items.AddRange(Iteration.ToList(b));
                return a;
            case (PyList x, _) when op == BinaryOps.Multiply && b.IsIntegral:
                return PyValue.FromObject(new PyList(RepeatItems(x.Items, b.Int)));
            case (PySet x, PySet y) when op is BinaryOps.Or or BinaryOps.And or BinaryOps.Subtract or BinaryOps.Xor:
                return SetOperator(op, kind >= BinaryOps.InPlace, x, y, a);
            case (PyDictView { IsSetLike: true }, _) or (_, PyDictView { IsSetLike: true }) when op is BinaryOps.Or or BinaryOps.And or BinaryOps.Subtract or BinaryOps.Xor:
                return ViewSetOperator(op, a, b);
            case (PyTuple x, PyTuple y) when op == BinaryOps.Add:
                return PyValue.FromObject(new PyTuple([.. x.Items, .. y.Items]));
            case (PyTuple x, _) when op == BinaryOps.Multiply && b.IsIntegral:
                return PyValue.FromObject(new PyTuple([.. RepeatItems(x.Items, b.Int)]));
        }

        if (op == BinaryOps.Add && a.Ref is string or PyList or PyTuple)
        {
            // The sequence's own concatenation (sq_concat) is the last resort, and words the error.
            var sequence = a.Ref is string ? "str" : a.Ref is PyList ? "list" : "tuple";
            throw PythonError.Of(Tags.TypeError, $"can only concatenate {sequence} (not \"{TypeOf(b).Name}\") to {sequence}");
        }

        throw PythonError.Of(Tags.TypeError,
            $"unsupported operand type(s) for {BinaryOps.Symbol(kind)}: '{TypeOf(a).Name}' and '{TypeOf(b).Name}'");
    }

    private static string Repeat(string s, long n)
    {
        var text = new StringBuilder();
        for (var i = 0L; i < n; i++)
        {
            text.Append(s);
        }

        return text.ToString();
    }

    private static List<PyValue> RepeatItems(IReadOnlyList<PyValue> items, long n)
    {
        var list = new List<PyValue>();
        for (var i = 0L; i < n; i++)
        {
            list.AddRange(items);
        }

        return list;
    }

    private static PyValue IntegerBinary(int op, PyValue a, PyValue b, int kind)
    {
        if (!a.IsBigInt && !b.IsBigInt)
        {
            long x = a.Int, y = b.Int, r;
            switch (op)
            {
                case BinaryOps.Add:
                    r = x + y;
                    if (((x ^ r) & (y ^ r)) >= 0)
                    {
                        return PyValue.FromInt(r);
                    }

                    break;
                case BinaryOps.Subtract:
                    r = x - y;
                    if (((x ^ y) & (x ^ r)) >= 0)
                    {
                        return PyValue.FromInt(r);
                    }

                    break;
                case BinaryOps.Multiply:
                    var hi = Math.BigMul(x, y, out var lo);
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))
                    {
                        return PyValue.FromInt(lo);
                    }

                    break;
                case BinaryOps.And:
                    return PyValue.FromInt(x & y);
                case BinaryOps.Or:
                    return PyValue.FromInt(x | y);
                case BinaryOps.Xor:
                    return PyValue.FromInt(x ^ y);
            }
        }

        BigInteger p = a.ToBig(), q = b.ToBig();
        switch (op)
        {
            case BinaryOps.Add: return PyValue.FromBig(p + q);
            case BinaryOps.Subtract: return PyValue.FromBig(p - q);
            case BinaryOps.Multiply: return PyValue.FromBig(p * q);
            case BinaryOps.And: return PyValue.FromBig(p & q);
            case BinaryOps.Or: return PyValue.FromBig(p | q);
            case BinaryOps.Xor: return PyValue.FromBig(p ^ q);
            case BinaryOps.FloorDivide:
            case BinaryOps.Remainder:
                if (q.IsZero)
                {
                    throw PythonError.Of(Tags.ZeroDivisionError, op == BinaryOps.Remainder ? "integer modulo by zero" : "integer division or modulo by zero");
                }

                var quotient = BigInteger.DivRem(p, q, out var remainder);
                if (!remainder.IsZero && (remainder.Sign < 0) != (q.Sign < 0))
                {
                    quotient -= 1;
                    remainder += q;
                }

                return PyValue.FromBig(op == BinaryOps.FloorDivide ? quotient : remainder);
            case BinaryOps.TrueDivide:
                if (q.IsZero)
                {
                    throw PythonError.Of(Tags.ZeroDivisionError, "division by zero");
                }

                return PyValue.FromFloat((double)p / (double)q);
            case BinaryOps.Power:
                if (q.Sign < 0)
                {
                    return PyValue.FromFloat(Math.Pow((double)p, (double)q));
                }

                return PyValue.FromBig(BigInteger.Pow(p, (int)q));
            case BinaryOps.LShift:
                return q.Sign < 0 ? throw PythonError.Of(Tags.ValueError, "negative shift count") : PyValue.FromBig(p << (int)q);
            case BinaryOps.RShift:
                return q.Sign < 0 ? throw PythonError.Of(Tags.ValueError, "negative shift count") : PyValue.FromBig(p >> (int)q);
        }

        throw PythonError.Of(Tags.TypeError, $"unsupported operand type(s) for {BinaryOps.Symbol(kind)}: 'int' and 'int'");
    }

    private static PyValue FloatBinary(int op, double x, double y, int kind, PyValue a, PyValue b)
    {
        switch (op)
        {
            case BinaryOps.Add: return PyValue.FromFloat(x + y);
            case BinaryOps.Subtract: return PyValue.FromFloat(x - y);
            case BinaryOps.Multiply: return PyValue.FromFloat(x * y);
            case BinaryOps.TrueDivide:
                return y == 0 ? throw PythonError.Of(Tags.ZeroDivisionError, "float division by zero") : PyValue.FromFloat(x / y);
            case BinaryOps.FloorDivide:
                return y == 0 ? throw PythonError.Of(Tags.ZeroDivisionError, "float floor division by zero") : PyValue.FromFloat(Math.Floor(x / y));
            case BinaryOps.Remainder:
                if (y == 0)
                {
                    throw PythonError.Of(Tags.ZeroDivisionError, "float modulo");
                }

                var m = x % y;
                if (m != 0 && (m < 0) != (y < 0))
                {
                    m += y;
                }

                return PyValue.FromFloat(m);
            case BinaryOps.Power: return PyValue.FromFloat(Math.Pow(x, y));
        }

        throw PythonError.Of(Tags.TypeError,
            $"unsupported operand type(s) for {BinaryOps.Symbol(kind)}: '{TypeOf(a).Name}' and '{TypeOf(b).Name}'");
    }
}
