using System.Numerics;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Tests.Values;

/// <summary>
/// Both dispatch loops take <see cref="BinaryOps.TryIntFast"/>'s answer for two small ints without asking
/// <see cref="PyOps.Binary"/>: where it answers, it must give what Python gives, and it must decline what would
/// overflow or raise.
/// </summary>
public sealed class IntFastPathTests
{
    private static readonly long[] Operands =
        [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 1L << 32, -(1L << 32), 3037000500, long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1];

    private static readonly int[] Kinds =
        [BinaryOps.Add, BinaryOps.Subtract, BinaryOps.Multiply, BinaryOps.And, BinaryOps.Or, BinaryOps.Xor, BinaryOps.FloorDivide, BinaryOps.Remainder];

    [Theory]
    [InlineData(-7, 2, -4, 1)]
    [InlineData(7, -2, -4, -1)]
    [InlineData(-7, -2, 3, -1)]
    [InlineData(7, 2, 3, 1)]
    [InlineData(-8, 2, -4, 0)]
    public void FloorDivisionAndModulo_AsPython(long x, long y, long quotient, long remainder)
    {
        // Values from CPython 3.9: -7 // 2 == -4, -7 % 2 == 1, 7 % -2 == -1, 7 // -2 == -4, -7 // -2 == 3, -7 % -2 == -1.
        Assert.True(BinaryOps.TryIntFast(BinaryOps.FloorDivide, x, y, out var q));
        Assert.True(BinaryOps.TryIntFast(BinaryOps.Remainder + BinaryOps.InPlace, x, y, out var r));
        Assert.Equal(quotient, q);
        Assert.Equal(remainder, r);
    }

    [Fact]
    public void EveryAnswer_IsPyOpsBinarysAndNothingThatOverflowsOrRaises()
    {
        foreach (var kind in Kinds)
        {
            foreach (var x in Operands)
            {
                foreach (var y in Operands)
                {
                    foreach (var form in (int[])[kind, kind + BinaryOps.InPlace])
                    {
                        if (!BinaryOps.TryIntFast(form, x, y, out var fast))
                        {
                            continue;
                        }

                        // A zero divisor would raise here: the fast path must have declined it.
                        var exact = PyOps.Binary(form, PyValue.FromInt(x), PyValue.FromInt(y));
                        Assert.True(exact.IsInt, $"{x} {BinaryOps.Symbol(form)} {y} overflows");
                        Assert.Equal(exact.ToBig(), new BigInteger(fast));
                    }
                }
            }
        }
    }

    [Fact]
    public void Declines_ZeroDivisorAndOverflow()
    {
        Assert.False(BinaryOps.TryIntFast(BinaryOps.Remainder, 5, 0, out _));
        Assert.False(BinaryOps.TryIntFast(BinaryOps.FloorDivide, 5, 0, out _));
        Assert.False(BinaryOps.TryIntFast(BinaryOps.FloorDivide, long.MinValue, -1, out _));
        Assert.False(BinaryOps.TryIntFast(BinaryOps.Multiply, long.MaxValue, 2, out _));
        Assert.False(BinaryOps.TryIntFast(BinaryOps.Multiply, 3037000500, 3037000500, out _));
        Assert.True(BinaryOps.TryIntFast(BinaryOps.Multiply, -3037000499, 3037000499, out var product));
        Assert.Equal(-3037000499L * 3037000499L, product);
    }
}
