using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Explorer.Python;

/// <summary>What a scalar operand is, as far as whether an operator on it can raise.</summary>
internal enum ScalarKind : byte
{
    /// <summary>Anything else: an object whose operators may run code or touch shared state.</summary>
    Other,
    /// <summary>An int that fits a machine word, or a bool.</summary>
    Integral,
    /// <summary>A big int: adding it to a float raises OverflowError when it is too large for one.</summary>
    BigInt,
    Float,
    Str,
    None,
}

/// <summary>
/// The operators on scalars that return a new value without running code, touching an object or raising. A step
/// made of them commutes with every other thread's steps. Raising matters as much as touching: an exception that
/// no handler in the frame catches ends the thread, and its traceback is printed — output another thread's
/// prints are ordered against — so <c>1 // 0</c>, <c>'a' + 1</c> or <c>None &lt; 1</c> must not be invisible.
/// </summary>
internal static class ScalarOperators
{
    public static ScalarKind KindOf(PyValue v) =>
        v.IsInt || v.IsBool ? ScalarKind.Integral
        : v.IsBigInt ? ScalarKind.BigInt
        : v.IsFloat ? ScalarKind.Float
        : v.IsString ? ScalarKind.Str
        : v.IsNone ? ScalarKind.None
        : ScalarKind.Other;

    /// <summary>BINARY_OP (plain or in place) on operands of these kinds, left then right.</summary>
    public static bool BinaryCannotRaise(int kind, ScalarKind left, ScalarKind right)
    {
        var op = kind % BinaryOps.InPlace;
        var integral = IsIntegral(left) && IsIntegral(right);
        var numeric = integral || (IsNumeric(left) && IsNumeric(right) && left != ScalarKind.BigInt && right != ScalarKind.BigInt);
        return op switch
        {
            // Exact arithmetic on ints; on floats these overflow to inf rather than raise.
            BinaryOps.Add or BinaryOps.Subtract => numeric || (left == ScalarKind.Str && right == ScalarKind.Str),
            BinaryOps.Multiply => numeric,
            BinaryOps.And or BinaryOps.Or or BinaryOps.Xor => integral,

            // Division by zero, negative shifts, 0 ** -1, float overflow in **, '%' formatting, str * a huge int: may raise.
            _ => false,
        };
    }

    /// <summary>COMPARE_OP's rich comparisons (0-5: &lt; &lt;= == != &gt; &gt;=) on operands of these kinds.</summary>
    public static bool CompareCannotRaise(int arg, ScalarKind left, ScalarKind right) => arg switch
    {
        2 or 3 => left != ScalarKind.Other && right != ScalarKind.Other,
        0 or 1 or 4 or 5 => (IsNumeric(left) && IsNumeric(right)) || (left == ScalarKind.Str && right == ScalarKind.Str),
        _ => false,
    };

    /// <summary>A unary operator or truth test on an operand of this kind.</summary>
    public static bool UnaryCannotRaise(Op op, ScalarKind operand) => op switch
    {
        Op.UnaryNot or Op.ToBool => operand != ScalarKind.Other,
        Op.UnaryNegative or Op.UnaryPositive => IsNumeric(operand),
        Op.UnaryInvert => IsIntegral(operand),
        _ => false,
    };

    /// <summary>
    /// The kind of the result of an operator that cannot raise on these kinds (of a comparison: a bool). Int
    /// arithmetic may grow into a big int, so its result counts as one.
    /// </summary>
    public static ScalarKind BinaryResult(ScalarKind left, ScalarKind right) =>
        left == ScalarKind.Str ? ScalarKind.Str
        : left == ScalarKind.Float || right == ScalarKind.Float ? ScalarKind.Float
        : ScalarKind.BigInt;

    private static bool IsIntegral(ScalarKind k) => k is ScalarKind.Integral or ScalarKind.BigInt;

    private static bool IsNumeric(ScalarKind k) => k is ScalarKind.Integral or ScalarKind.BigInt or ScalarKind.Float;
}
