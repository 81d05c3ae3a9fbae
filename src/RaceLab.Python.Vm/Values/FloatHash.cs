namespace RaceLab.Python.Vm.Values;

/// <summary>
/// hash(float) as CPython computes it (_Py_HashDouble in Python/pyhash.c): the value reduced modulo the
/// Mersenne prime 2**61 - 1, so that equal ints and floats hash alike. random.seed(float) seeds with it.
/// </summary>
internal static class FloatHash
{
    private const int Bits = 61;
    private const ulong Modulus = (1UL << Bits) - 1;

    public static long Of(double value)
    {
        if (double.IsInfinity(value))
        {
            return value > 0 ? 314159 : -314159;
        }

        if (double.IsNaN(value))
        {
            return 0;
        }

        var (m, e) = Frexp(value);
        var sign = 1L;
        if (m < 0)
        {
            sign = -1;
            m = -m;
        }

        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & Modulus) | (x >> (Bits - 28));
            m *= 268435456.0;
            e -= 28;
            var y = (ulong)m;
            m -= y;
            x += y;
            if (x >= Modulus)
            {
                x -= Modulus;
            }
        }

        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & Modulus) | (x >> (Bits - e));
        var result = (long)x * sign;
        return result == -1 ? -2 : result;
    }

    /// <summary>C's frexp: value = m * 2**e with 0.5 &lt;= |m| &lt; 1.</summary>
    private static (double Mantissa, int Exponent) Frexp(double value)
    {
        if (value == 0)
        {
            return (value, 0);
        }

        var e = Math.ILogB(value) + 1;
        return (Math.ScaleB(value, -e), e);
    }
}
