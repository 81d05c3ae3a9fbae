using RaceLab.Python;
using RaceLab.Python.Vm.Loading;

namespace RaceLab.Python.Vm.Tests.Loading;

/// <summary>Where an instruction starts in the source, for the loader's messages (file:line:column).</summary>
public sealed class LineTableTests
{
    private const string Source = "count = 0\nvalue = count + 1\n";

    [Fact]
    public void PositionOf_On312_GivesTheLineAndOneBasedColumnOfTheLocationTable()
    {
        var code = PythonCompiler.Compile(Source, "t.py", PythonVersion.Py312);

        // Units (dis offset / 2) as python3.12 -m dis numbers them: 3 LOAD_NAME count, 4 LOAD_CONST 1, 5 BINARY_OP.
        Assert.Equal((2, 9), LineTable.PositionOf(code, 3));
        Assert.Equal((2, 17), LineTable.PositionOf(code, 4));
        Assert.Equal((2, 9), LineTable.PositionOf(code, 5));
        Assert.Equal((1, 9), LineTable.PositionOf(code, 1));
    }

    [Fact]
    public void PositionOf_On39_GivesTheLineAndColumnOne()
    {
        var code = PythonCompiler.Compile(Source, "t.py", PythonVersion.Py39);

        Assert.Equal((2, 1), LineTable.PositionOf(code, 2));
        Assert.Equal((1, 1), LineTable.PositionOf(code, 0));
    }
}
