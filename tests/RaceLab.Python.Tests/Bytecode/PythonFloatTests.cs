using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Tests.Bytecode;

public sealed class PythonFloatTests
{
    // Expected values are what CPython's repr() prints.
    [Theory]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(1e-06, "1e-06")]
    [InlineData(0.5, "0.5")]
    [InlineData(1.0, "1.0")]
    [InlineData(100.0, "100.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(123456789012345.6, "123456789012345.6")]
    [InlineData(0.1, "0.1")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1.5e300, "1.5e+300")]
    public void Repr_MatchesCPython(double value, string expected) =>
        Assert.Equal(expected, PythonFloat.Repr(value));
}
