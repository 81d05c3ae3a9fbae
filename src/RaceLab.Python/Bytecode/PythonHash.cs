using System.Numerics;

namespace RaceLab.Python.Bytecode;

/// <summary>CPython's hash() of the values whose hash does not depend on the run (ints and bools).</summary>
public static class PythonHash
{
    private const long Modulus = (1L << 61) - 1;

    /// <summary>An int's hash: its value modulo 2**61 - 1 with its sign; -1 (CPython's error value) becomes -2.</summary>
    public static long OfInt(BigInteger value)
    {
        var h = (long)(BigInteger.Abs(value) % Modulus);
        if (value.Sign < 0)
        {
            h = -h;
        }

        return h == -1 ? -2 : h;
    }

    public static long OfInt(long value) =>
        value is > -Modulus and < Modulus ? (value == -1 ? -2 : value) : OfInt(new BigInteger(value));
}
