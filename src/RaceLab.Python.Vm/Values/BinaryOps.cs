namespace RaceLab.Python.Vm.Values;

/// <summary>Binary operators numbered as 3.11's BINARY_OP argument (<c>_nb_ops</c>); +13 = in-place.</summary>
internal static class BinaryOps
{
    public const int Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatMul = 4, Multiply = 5, Remainder = 6,
        Or = 7, Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12, InPlace = 13;

    private static readonly string[] Symbols = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];

    public static string Symbol(int kind) => Symbols[kind % InPlace] + (kind >= InPlace ? "=" : string.Empty);

    public static int FromNbOp(int arg) => arg;

    /// <summary>
    /// The int fast path both dispatch loops share: what <c>PyOps.IntegerBinary</c> gives two small ints for
    /// + - * &amp; | ^ // % (plain or in-place) when the result is a small int and nothing raises; false leaves
    /// the rest (overflow, a zero or -1 divisor, shifts, powers, true division) to it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool TryIntFast(int kind, long x, long y, out long result)
    {
        switch (kind)
        {
            case Add:
            case Add + InPlace:
                result = x + y;
                return ((x ^ result) & (y ^ result)) >= 0;
            case Subtract:
            case Subtract + InPlace:
                result = x - y;
                return ((x ^ y) & (x ^ result)) >= 0;
            default:
                return TryIntOther(kind % InPlace, x, y, out result);
        }
    }

    /// <summary>TryIntFast's less frequent operators, out of line so that + and - stay small where they are inlined.</summary>
    private static bool TryIntOther(int op, long x, long y, out long result)
    {
        switch (op)
        {
            case Multiply:
                var hi = Math.BigMul(x, y, out result);
                return (hi == 0 && result >= 0) || (hi == -1 && result < 0);
            case And:
                result = x & y;
                return true;
            case Or:
                result = x | y;
                return true;
            case Xor:
                result = x ^ y;
                return true;
            case FloorDivide when y is not (0 or -1):
                // Python's floor: the quotient rounds towards minus infinity.
                result = x / y;
                if (x % y != 0 && (x ^ y) < 0)
                {
                    result--;
                }

                return true;
            case Remainder when y is not (0 or -1):
                // Python's modulo takes the divisor's sign.
                result = x % y;
                if (result != 0 && (result ^ y) < 0)
                {
                    result += y;
                }

                return true;
            default:
                result = 0;
                return false;
        }
    }

    /// <summary>COMPARE_OP on two ints (arg: &lt; &lt;= == != &gt; &gt;=).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool CompareInts(int arg, long a, long b) => arg switch
    {
        0 => a < b,
        1 => a <= b,
        2 => a == b,
        3 => a != b,
        4 => a > b,
        _ => a >= b,
    };

    public static bool TryFromLegacyName(string name, out int kind)
    {
        var inPlace = name.StartsWith("INPLACE_", StringComparison.Ordinal);
        var baseName = inPlace ? name["INPLACE_".Length..] : name.StartsWith("BINARY_", StringComparison.Ordinal) ? name["BINARY_".Length..] : null;
        kind = baseName switch
        {
            "ADD" => Add,
            "AND" => And,
            "FLOOR_DIVIDE" => FloorDivide,
            "LSHIFT" => LShift,
            "MATRIX_MULTIPLY" => MatMul,
            "MULTIPLY" => Multiply,
            "MODULO" => Remainder,
            "OR" => Or,
            "POWER" => Power,
            "RSHIFT" => RShift,
            "SUBTRACT" => Subtract,
            "TRUE_DIVIDE" => TrueDivide,
            "XOR" => Xor,
            _ => -1,
        };
        if (kind < 0)
        {
            return false;
        }

        kind += inPlace ? InPlace : 0;
        return true;
    }
}
