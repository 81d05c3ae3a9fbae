using RaceLab.Explorer.Python;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Explorer.Tests.Python;

/// <summary>Which operators on scalars a step may run unseen: only those that can neither run code nor raise.</summary>
public sealed class ScalarOperatorsTests
{
    [Theory]
    [InlineData(BinaryOps.Add, (int)ScalarKind.Integral, (int)ScalarKind.Integral, true)]
    [InlineData(BinaryOps.Add + BinaryOps.InPlace, (int)ScalarKind.BigInt, (int)ScalarKind.Integral, true)]
    [InlineData(BinaryOps.Multiply, (int)ScalarKind.Float, (int)ScalarKind.Integral, true)]
    [InlineData(BinaryOps.Add, (int)ScalarKind.Str, (int)ScalarKind.Str, true)]
    [InlineData(BinaryOps.Xor, (int)ScalarKind.Integral, (int)ScalarKind.Integral, true)]
    [InlineData(BinaryOps.FloorDivide, (int)ScalarKind.Integral, (int)ScalarKind.Integral, false)] // 1 // 0
    [InlineData(BinaryOps.TrueDivide, (int)ScalarKind.Float, (int)ScalarKind.Float, false)] // 1.0 / 0.0
    [InlineData(BinaryOps.Remainder, (int)ScalarKind.Str, (int)ScalarKind.Integral, false)] // '%d %d' % 1
    [InlineData(BinaryOps.LShift, (int)ScalarKind.Integral, (int)ScalarKind.Integral, false)] // 1 << -1
    [InlineData(BinaryOps.Power, (int)ScalarKind.Float, (int)ScalarKind.Float, false)] // 10.0 ** 400
    [InlineData(BinaryOps.Add, (int)ScalarKind.Str, (int)ScalarKind.Integral, false)] // 'a' + 1
    [InlineData(BinaryOps.Add, (int)ScalarKind.None, (int)ScalarKind.Integral, false)]
    [InlineData(BinaryOps.Add, (int)ScalarKind.Float, (int)ScalarKind.BigInt, false)] // 1.0 + 10 ** 400: OverflowError
    [InlineData(BinaryOps.Multiply, (int)ScalarKind.Str, (int)ScalarKind.Integral, false)] // 'a' * 10 ** 20: OverflowError
    [InlineData(BinaryOps.And, (int)ScalarKind.Float, (int)ScalarKind.Integral, false)]
    [InlineData(BinaryOps.Add, (int)ScalarKind.Other, (int)ScalarKind.Integral, false)] // may run __add__
    public void Binary(int op, int left, int right, bool cannotRaise) =>
        Assert.Equal(cannotRaise, ScalarOperators.BinaryCannotRaise(op, (ScalarKind)left, (ScalarKind)right));

    [Theory]
    [InlineData(2, (int)ScalarKind.None, (int)ScalarKind.Str, true)] // None == 'a'
    [InlineData(0, (int)ScalarKind.Float, (int)ScalarKind.BigInt, true)] // compared exactly, never converted
    [InlineData(0, (int)ScalarKind.Str, (int)ScalarKind.Str, true)]
    [InlineData(0, (int)ScalarKind.None, (int)ScalarKind.Integral, false)] // None < 1
    [InlineData(4, (int)ScalarKind.Str, (int)ScalarKind.Integral, false)] // 'a' > 1
    [InlineData(3, (int)ScalarKind.Other, (int)ScalarKind.Integral, false)] // may run __ne__
    public void Compare(int arg, int left, int right, bool cannotRaise) =>
        Assert.Equal(cannotRaise, ScalarOperators.CompareCannotRaise(arg, (ScalarKind)left, (ScalarKind)right));

    [Fact]
    public void Unary_InvertOfAFloatRaises_NotOfAnythingScalarDoesNot()
    {
        Assert.False(ScalarOperators.UnaryCannotRaise(Op.UnaryInvert, ScalarKind.Float));
        Assert.True(ScalarOperators.UnaryCannotRaise(Op.UnaryInvert, ScalarKind.Integral));
        Assert.False(ScalarOperators.UnaryCannotRaise(Op.UnaryNegative, ScalarKind.Str));
        Assert.True(ScalarOperators.UnaryCannotRaise(Op.UnaryNot, ScalarKind.None));
    }

    [Fact]
    public void KindOf_TellsIntsFromBigInts()
    {
        Assert.Equal(ScalarKind.Integral, ScalarOperators.KindOf(PyValue.FromInt(7)));
        Assert.Equal(ScalarKind.Integral, ScalarOperators.KindOf(PyValue.FromBool(true)));
        Assert.Equal(ScalarKind.Str, ScalarOperators.KindOf(PyValue.FromString("s")));
        Assert.Equal(ScalarKind.None, ScalarOperators.KindOf(PyValue.None));
    }
}
