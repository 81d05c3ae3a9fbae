using System.Numerics;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Syntax;

internal static partial class ConstantFolding
{
    private static BigInteger? FloorDivide(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
        {
            return null;
        }

        var quotient = BigInteger.DivRem(a, b, out var remainder);
        return !remainder.IsZero && remainder.Sign != b.Sign ? quotient - 1 : quotient;
    }

    private static BigInteger? Modulo(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
        {
            return null;
        }

        var remainder = BigInteger.Remainder(a, b);
        return !remainder.IsZero && remainder.Sign != b.Sign ? remainder + b : remainder;
    }

    /// <summary>float_floor_div (Objects/floatobject.c).</summary>
    private static double? FloatFloorDivide(double vx, double wx)
    {
        if (wx == 0)
        {
            return null;
        }

        var mod = vx % wx;
        var div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                div -= 1.0;
            }
        }

        if (div != 0)
        {
            var floor = Math.Floor(div);
            return div - floor > 0.5 ? floor + 1.0 : floor;
        }

        return Math.CopySign(0.0, vx / wx);
    }

    /// <summary>float_rem: the result takes the divisor's sign.</summary>
    private static double? FloatModulo(double vx, double wx)
    {
        if (wx == 0)
        {
            return null;
        }

        var mod = vx % wx;
        if (mod != 0)
        {
            return (wx < 0) != (mod < 0) ? mod + wx : mod;
        }

        return Math.CopySign(0.0, wx);
    }

    /// <summary>True division; int / int is correctly rounded, as long_true_divide does.</summary>
    private static Constant? TrueDivide(Constant left, Constant right)
    {
        if (AsInt(left) is { } a && AsInt(right) is { } b)
        {
            if (b.IsZero)
            {
                return null;
            }

            var negative = a.Sign * b.Sign < 0;
            var (x, y) = (BigInteger.Abs(a), BigInteger.Abs(b));
            double? magnitude;
            if (x < (BigInteger.One << 53) && y < (BigInteger.One << 53))
            {
                magnitude = (double)x / (double)y;
            }
            else
            {
                var shift = 55 - ((long)x.GetBitLength() - (long)y.GetBitLength());
                var (numerator, denominator) = shift >= 0 ? (x << (int)shift, y) : (x, y << (int)-shift);
                var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
                magnitude = Scaled(quotient, -shift, !remainder.IsZero);
            }

            return magnitude is { } m ? new FloatConstant(negative ? -m : m) : null;
        }

        if (AsFloat(left) is { } p && AsFloat(right) is { } q)
        {
            return q == 0 ? null : new FloatConstant(p / q);
        }

        return null;
    }

    /// <summary>PyLong_AsDouble: round half to even; null (OverflowError) beyond the float range.</summary>
    private static double? IntToDouble(BigInteger value)
    {
        var magnitude = Scaled(BigInteger.Abs(value), 0, sticky: false);
        return magnitude is { } m ? (value.Sign < 0 ? -m : m) : null;
    }

    /// <summary>(m + a sticky fraction) * 2^exponent rounded to the nearest double, ties to even; null on overflow.</summary>
    private static double? Scaled(BigInteger m, long exponent, bool sticky)
    {
        if (m.IsZero)
        {
            return 0.0;
        }

        var bits = (long)m.GetBitLength();
        var top = bits + exponent; // the value lies in [2^(top-1), 2^top)
        if (top > 1024)
        {
            return null;
        }

        var keep = Math.Min(53, top + 1074);
        if (keep <= 0)
        {
            keep = 0;
        }

        var excess = bits - keep;
        BigInteger mantissa;
        if (excess <= 0)
        {
            mantissa = m;
            excess = 0;
        }
        else
        {
            mantissa = m >> (int)excess;
            var rest = m - (mantissa << (int)excess);
            var half = BigInteger.One << (int)(excess - 1);
            if (rest > half || (rest == half && (sticky || !mantissa.IsEven)))
            {
                mantissa += 1;
            }
        }

        var result = Math.ScaleB((double)mantissa, (int)(exponent + excess));
        return double.IsInfinity(result) ? null : result;
    }

    private static Constant? Power(Constant left, Constant right)
    {
        if (AsInt(left) is { } a && AsInt(right) is { } b)
        {
            if (b.Sign > 0)
            {
                if (!a.IsZero && (b > MaxIntBits || Bits(a) > MaxIntBits / (long)b))
                {
                    return null;
                }

                return new IntConstant(a.IsZero ? BigInteger.Zero : BigInteger.Pow(a, (int)b));
            }

            if (b.IsZero)
            {
                return new IntConstant(BigInteger.One);
            }
        }

        return AsFloat(left) is { } x && AsFloat(right) is { } y && FloatPower(x, y) is { } result ? new FloatConstant(result) : null;
    }

    /// <summary>float_pow's special cases, then C pow; an overflow is an error, a negative base with a fractional exponent a complex result.</summary>
    private static double? FloatPower(double iv, double iw)
    {
        if (iw == 0)
        {
            return 1.0;
        }

        if (double.IsNaN(iv))
        {
            return iv;
        }

        if (double.IsNaN(iw))
        {
            return iv == 1.0 ? 1.0 : iw;
        }

        var iwIsOdd = Math.Abs(Math.IEEERemainder(iw, 2.0)) == 1.0;
        if (double.IsInfinity(iw))
        {
            var abs = Math.Abs(iv);
            return abs == 1.0 ? 1.0 : (iw > 0) == (abs > 1.0) ? Math.Abs(iw) : 0.0;
        }

        if (double.IsInfinity(iv))
        {
            return iw > 0 ? (iwIsOdd ? iv : Math.Abs(iv)) : (iwIsOdd ? Math.CopySign(0.0, iv) : 0.0);
        }

        if (iv == 0)
        {
            return iw < 0 ? null : iwIsOdd ? iv : 0.0;
        }

        var negate = false;
        if (iv < 0)
        {
            if (iw != Math.Floor(iw))
            {
                throw new ComplexResultException();
            }

            iv = -iv;
            negate = iwIsOdd;
        }

        if (iv == 1.0)
        {
            return negate ? -1.0 : 1.0;
        }

        var result = Math.Pow(iv, iw);
        if (double.IsInfinity(result))
        {
            return null;
        }

        return negate ? -result : result;
    }
}
