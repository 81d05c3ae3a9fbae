using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Tests.Bytecode;

public sealed class PythonStringTests
{
    // Expected values are what CPython's repr() prints.
    [Theory]
    [InlineData("target", "'target'")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("a'b\"c", "'a\\'b\"c'")]
    [InlineData("line\n", "'line\\n'")]
    [InlineData("count = ", "'count = '")]
    [InlineData("\u00e9", "'\u00e9'")]
    [InlineData("\u0001", "'\\x01'")]
    public void Repr_MatchesCPython(string value, string expected) =>
        Assert.Equal(expected, PythonString.Repr(value));
}
