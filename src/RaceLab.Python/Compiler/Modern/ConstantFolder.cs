using System.Numerics;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

/// <summary>
/// CPython's Python/ast_opt.c for the subset: folds operators on constants (within CPython's size
/// limits), constant tuples, and list displays iterated by <c>for</c> or tested by <c>in</c>.
/// </summary>
internal static partial class ConstantFolder
{
    private const int MaxIntSize = 128;
    private const int MaxCollectionSize = 256;
    private const int MaxStrSize = 4096;

    public static Expression Fold(Expression expression)
    {
        switch (expression)
        {
            case BinOpNode bin:
            {
                var left = Fold(bin.Left);
                var right = Fold(bin.Right);
                if (left is ConstantNode l && right is ConstantNode r && Binary(bin.Op, l.Value, r.Value) is { } value)
                {
                    return new ConstantNode(value, bin.Span);
                }

                return bin with { Left = left, Right = right };
            }

            case UnaryOpNode unary:
            {
                var operand = Fold(unary.Operand);
                if (operand is ConstantNode c && Unary(unary.Op, c.Value) is { } value)
                {
                    return new ConstantNode(value, unary.Span);
                }

                return unary with { Operand = operand };
            }

            case TupleNode { Ctx: ExprContext.Load } tuple:
            {
                var elts = tuple.Elts.Select(Fold).ToList();
                if (elts.All(e => e is ConstantNode))
                {
                    return new ConstantNode(new TupleConstant([.. elts.Select(e => ((ConstantNode)e).Value)]), tuple.Span);
                }

                return tuple with { Elts = [.. elts] };
            }

            case CompareNode compare:
            {
                var comparators = compare.Comparators.Select(Fold).ToList();
                if (compare.Ops[^1] is CompareOperator.In or CompareOperator.NotIn)
                {
                    comparators[^1] = ListToTuple(comparators[^1]);
                }

                return compare with { Left = Fold(compare.Left), Comparators = [.. comparators] };
            }

            default:
                return FoldChildren(expression);
        }
    }

    /// <summary>A list display used only for iteration or membership becomes a (constant) tuple.</summary>
    public static Expression ListToTuple(Expression expression) =>
        expression is ListNode { Ctx: ExprContext.Load } list
            ? Fold(new TupleNode(list.Elts, ExprContext.Load, list.Span))
            : expression;

    private static Constant? Unary(UnaryOperator op, Constant value) => (op, value) switch
    {
        (UnaryOperator.USub, IntConstant i) => new IntConstant(-i.Value),
        (UnaryOperator.USub, FloatConstant f) => new FloatConstant(-f.Value),
        (UnaryOperator.UAdd, IntConstant or FloatConstant) => value,
        (UnaryOperator.Invert, IntConstant i) => new IntConstant(-i.Value - 1),
        (UnaryOperator.Invert, BoolConstant b) => new IntConstant(b.Value ? -2 : -1),
        (UnaryOperator.USub, BoolConstant b) => new IntConstant(b.Value ? -1 : 0),
        (UnaryOperator.UAdd, BoolConstant b) => new IntConstant(b.Value ? 1 : 0),
        (UnaryOperator.Not, _) => new BoolConstant(!ConstantPool.IsTrue(value)),
        _ => null,
    };

    private static Constant? Binary(BinaryOperator op, Constant left, Constant right)
    {
        if (AsInt(left) is { } a && AsInt(right) is { } b)
        {
            return IntBinary(op, a, b);
        }

        if (AsFloat(left) is { } x && AsFloat(right) is { } y)
        {
            return FloatBinary(op, x, y);
        }

        return (op, left, right) switch
        {
            (BinaryOperator.Add, StringConstant s, StringConstant t) => new StringConstant(s.Value + t.Value),
            (BinaryOperator.Add, TupleConstant s, TupleConstant t) => new TupleConstant(s.Items.AddRange(t.Items)),
            (BinaryOperator.Mult, StringConstant s, _) when AsInt(right) is { } n => RepeatString(s.Value, n),
            (BinaryOperator.Mult, _, StringConstant s) when AsInt(left) is { } n => RepeatString(s.Value, n),
            _ => null,
        };
    }

    private static StringConstant? RepeatString(string text, BigInteger count)
    {
        if (count <= 0)
        {
            return new StringConstant(string.Empty);
        }

        if (text.Length > 0 && (count > MaxStrSize || text.Length * (long)count > MaxStrSize))
        {
            return null;
        }

        return new StringConstant(string.Concat(Enumerable.Repeat(text, (int)count)));
    }

    private static BigInteger? AsInt(Constant value) => value switch
    {
        IntConstant i => i.Value,
        BoolConstant b => b.Value ? 1 : 0,
        _ => null,
    };

    private static double? AsFloat(Constant value) => value switch
    {
        FloatConstant f => f.Value,
        IntConstant i => (double)i.Value,
        BoolConstant b => b.Value ? 1 : 0,
        _ => null,
    };

    private static long Bits(BigInteger value) => value.IsZero ? 0 : (long)BigInteger.Abs(value).GetBitLength();

    private static Constant? IntBinary(BinaryOperator op, BigInteger a, BigInteger b)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                return new IntConstant(a + b);
            case BinaryOperator.Sub:
                return new IntConstant(a - b);
            case BinaryOperator.Mult:
                if (!a.IsZero && !b.IsZero && (Bits(a) > MaxIntSize || Bits(b) > MaxIntSize || Bits(a) + Bits(b) > MaxIntSize))
                {
                    return null;
                }

                return new IntConstant(a * b);
            case BinaryOperator.FloorDiv when !b.IsZero:
                return new IntConstant(FloorDiv(a, b));
            case BinaryOperator.Mod when !b.IsZero:
                return new IntConstant(a - (b * FloorDiv(a, b)));
            case BinaryOperator.Div when !b.IsZero:
                return new FloatConstant((double)a / (double)b);
            case BinaryOperator.Pow when b >= 0:
                if (!a.IsZero && b > 0 && (Bits(a) > MaxIntSize || Bits(a) * (long)b > MaxIntSize))
                {
                    return null;
                }

                return new IntConstant(BigInteger.Pow(a, (int)b));
            case BinaryOperator.LShift when b >= 0:
                if (b > MaxIntSize || Bits(a) + (long)b > MaxIntSize)
                {
                    return null;
                }

                return new IntConstant(a << (int)b);
            case BinaryOperator.RShift when b >= 0:
                return new IntConstant(b > int.MaxValue ? (a.Sign < 0 ? -1 : 0) : a >> (int)b);
            case BinaryOperator.BitAnd:
                return new IntConstant(a & b);
            case BinaryOperator.BitOr:
                return new IntConstant(a | b);
            case BinaryOperator.BitXor:
                return new IntConstant(a ^ b);
            default:
                return null;
        }
    }

    private static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        return !r.IsZero && (r.Sign < 0) != (b.Sign < 0) ? q - 1 : q;
    }

    private static FloatConstant? FloatBinary(BinaryOperator op, double x, double y)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                return new FloatConstant(x + y);
            case BinaryOperator.Sub:
                return new FloatConstant(x - y);
            case BinaryOperator.Mult:
                return new FloatConstant(x * y);
            case BinaryOperator.Div when y != 0:
                return new FloatConstant(x / y);
            case BinaryOperator.FloorDiv when y != 0:
                return new FloatConstant(Math.Floor(x / y));
            case BinaryOperator.Mod when y != 0:
                return new FloatConstant(x - (y * Math.Floor(x / y)));

            default:
                return null;
        }
    }
}
