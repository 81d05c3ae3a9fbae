using System.Collections.Immutable;
using System.Numerics;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Syntax;

internal static partial class ConstantFolding
{
    // Python/ast_opt.c limits: folding must not build huge constants.
    private const int MaxIntBits = 128;
    private const int MaxCollectionSize = 256;
    private const int MaxStringSize = 4096;
    private const int MaxTotalItems = 1024;

    /// <summary>fold_binop: the folded value, or null where CPython leaves the operation to run time (an error, a limit, an unfolded operator).</summary>
    public static Constant? Binary(BinaryOperator op, Constant left, Constant right) => op switch
    {
        BinaryOperator.Add => Add(left, right),
        BinaryOperator.Sub => NumericTotal(left, right, static (a, b) => a - b, static (a, b) => a - b),
        BinaryOperator.Mult => Multiply(left, right),
        BinaryOperator.Div => TrueDivide(left, right),
        BinaryOperator.FloorDiv => Numeric(left, right, FloorDivide, FloatFloorDivide),
        BinaryOperator.Mod => left is StringConstant ? null : Numeric(left, right, Modulo, FloatModulo),
        BinaryOperator.Pow => Power(left, right),
        BinaryOperator.LShift => LeftShift(left, right),
        BinaryOperator.RShift => AsInt(left) is { } a && AsInt(right) is { } b && b.Sign >= 0
            ? new IntConstant(b > int.MaxValue ? (a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero) : a >> (int)b)
            : null,
        BinaryOperator.BitOr => Bitwise(left, right, static (a, b) => a | b),
        BinaryOperator.BitXor => Bitwise(left, right, static (a, b) => a ^ b),
        BinaryOperator.BitAnd => Bitwise(left, right, static (a, b) => a & b),
        _ => null,
    };

    /// <summary>fold_unaryop on a constant operand.</summary>
    public static Constant? Unary(UnaryOperator op, Constant operand) => op switch
    {
        UnaryOperator.Not => new BoolConstant(!IsTrue(operand)),
        UnaryOperator.USub => operand switch
        {
            FloatConstant f => new FloatConstant(-f.Value),
            _ => AsInt(operand) is { } i ? new IntConstant(-i) : null,
        },
        UnaryOperator.UAdd => operand switch
        {
            FloatConstant => operand,
            _ => AsInt(operand) is { } i ? new IntConstant(i) : null,
        },
        UnaryOperator.Invert => AsInt(operand) is { } i ? new IntConstant(-i - 1) : null,
        _ => null,
    };

    /// <summary>fold_subscr: indexing a constant string or tuple with a constant int.</summary>
    public static Constant? Subscript(Constant value, Constant index)
    {
        if (AsInt(index) is not { } i)
        {
            return null;
        }

        switch (value)
        {
            case StringConstant s:
                var codePoints = CodePoints(s.Value);
                var at = i.Sign < 0 ? i + codePoints.Length : i;
                if (at < 0 || at >= codePoints.Length)
                {
                    return null;
                }

                var point = codePoints[(int)at];
                return new StringConstant(point is >= 0xD800 and <= 0xDFFF ? ((char)point).ToString() : char.ConvertFromUtf32(point));
            case TupleConstant t:
                var position = i.Sign < 0 ? i + t.Items.Length : i;
                return position >= 0 && position < t.Items.Length ? t.Items[(int)position] : null;
            default:
                return null;
        }
    }

    private static Constant? Add(Constant left, Constant right) => (left, right) switch
    {
        (StringConstant a, StringConstant b) => new StringConstant(a.Value + b.Value),
        (TupleConstant a, TupleConstant b) => new TupleConstant(a.Items.AddRange(b.Items)),
        _ => NumericTotal(left, right, static (a, b) => a + b, static (a, b) => a + b),
    };

    /// <summary>Int op int stays an int; with a float both become floats (PyLong_AsDouble: an int too large is an error).</summary>
    private static Constant? Numeric(Constant left, Constant right, Func<BigInteger, BigInteger, BigInteger?> ints, Func<double, double, double?> floats)
    {
        if (AsInt(left) is { } a && AsInt(right) is { } b)
        {
            return ints(a, b) is { } result ? new IntConstant(result) : null;
        }

        if (AsFloat(left) is { } x && AsFloat(right) is { } y)
        {
            return floats(x, y) is { } result ? new FloatConstant(result) : null;
        }

        return null;
    }

    private static Constant? NumericTotal(Constant left, Constant right, Func<BigInteger, BigInteger, BigInteger> ints, Func<double, double, double> floats) =>
        Numeric(left, right, (a, b) => (BigInteger?)ints(a, b), (x, y) => (double?)floats(x, y));

    private static double? AsFloat(Constant value) => value switch
    {
        FloatConstant f => f.Value,
        _ => AsInt(value) is { } i ? IntToDouble(i) : null,
    };

    private static Constant? Bitwise(Constant left, Constant right, Func<BigInteger, BigInteger, BigInteger> op)
    {
        if (left is BoolConstant a && right is BoolConstant b)
        {
            return new BoolConstant(!op(a.Value ? 1 : 0, b.Value ? 1 : 0).IsZero);
        }

        return AsInt(left) is { } x && AsInt(right) is { } y ? new IntConstant(op(x, y)) : null;
    }

    private static Constant? LeftShift(Constant left, Constant right)
    {
        if (AsInt(left) is not { } value || AsInt(right) is not { } shift || shift.Sign < 0)
        {
            return null;
        }

        if (!value.IsZero && !shift.IsZero && (shift > MaxIntBits || Bits(value) > MaxIntBits - (long)shift))
        {
            return null;
        }

        return new IntConstant(shift > MaxIntBits ? BigInteger.Zero : value << (int)shift);
    }

    private static Constant? Multiply(Constant left, Constant right)
    {
        if (AsInt(left) is { } a && AsInt(right) is { } b)
        {
            return !a.IsZero && !b.IsZero && Bits(a) + Bits(b) > MaxIntBits ? null : new IntConstant(a * b);
        }

        if (AsInt(left) is { } n && right is StringConstant or TupleConstant)
        {
            return Repeat(n, right);
        }

        if (AsInt(right) is { } m && left is StringConstant or TupleConstant)
        {
            return Repeat(m, left);
        }

        return NumericTotal(left, right, static (x, y) => x * y, static (x, y) => x * y);
    }

    private static Constant? Repeat(BigInteger count, Constant sequence)
    {
        if (sequence is StringConstant s)
        {
            var length = CodePoints(s.Value).Length;
            if (length == 0)
            {
                return s;
            }

            if (count.Sign < 0 || count > MaxStringSize / length)
            {
                return null;
            }

            return new StringConstant(string.Concat(Enumerable.Repeat(s.Value, (int)count)));
        }

        var tuple = (TupleConstant)sequence;
        if (tuple.Items.Length == 0)
        {
            return tuple;
        }

        if (count.Sign < 0 || count > MaxCollectionSize / tuple.Items.Length)
        {
            return null;
        }

        if (!count.IsZero && Complexity(tuple, MaxTotalItems / (int)count) < 0)
        {
            return null;
        }

        var items = ImmutableArray.CreateBuilder<Constant>(tuple.Items.Length * (int)count);
        for (var i = 0; i < (int)count; i++)
        {
            items.AddRange(tuple.Items);
        }

        return new TupleConstant(items.MoveToImmutable());
    }

    /// <summary>check_complexity: what is left of <paramref name="limit"/> after counting nested tuple items.</summary>
    private static int Complexity(Constant value, int limit)
    {
        if (value is not TupleConstant tuple)
        {
            return limit;
        }

        limit -= tuple.Items.Length;
        for (var i = 0; limit >= 0 && i < tuple.Items.Length; i++)
        {
            limit = Complexity(tuple.Items[i], limit);
        }

        return limit;
    }

    private static long Bits(BigInteger value) => value.IsZero ? 0 : (long)BigInteger.Abs(value).GetBitLength();

    private static int[] CodePoints(string text)
    {
        var points = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                points.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                points.Add(text[i]);
            }
        }

        return [.. points];
    }
}
