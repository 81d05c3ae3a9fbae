using RaceLab.Python.Syntax;

namespace RaceLab.Python.Tests.Syntax;

/// <summary>Valid Python outside RaceLab's subset: a clear error at the construct's first token.</summary>
public sealed class UnsupportedConstructTests
{
    [Theory]
    [InlineData("x = (y := 1)\n", 1, 8, "assignment expression (:=)")]
    [InlineData("x = b'a'\n", 1, 5, "bytes literal")]
    [InlineData("x = 1j\n", 1, 5, "complex number")]
    [InlineData("async def f(): pass\n", 1, 1, "async def")]
    [InlineData("match x:\n  case 1: pass\n", 1, 1, "match statement")]
    [InlineData("from . import x\n", 1, 6, "relative import")]
    [InlineData("from x import *\n", 1, 15, "import *")]
    [InlineData("def f():\n    await x\n", 2, 5, "await expression")]
    [InlineData("x = '\\N{BULLET}'\n", 1, 5, "\\N{...} escape")]
    [InlineData("type X = int\n", 1, 1, "type alias statement")]
    [InlineData("\uFB01 = 1\n", 1, 1, "identifier that Python would rewrite by NFKC normalization")]
    public void Parse_ConstructOutsideSubset_NamesItWhereItStarts(string source, int line, int column, string construct)
    {
        var error = Assert.Throws<PythonSyntaxException>(() => PythonParser.Parse(source, "prog.py"));

        Assert.Equal($"prog.py:{line}:{column}: unsupported construct: {construct}", error.Describe());
    }

    [Theory]
    [InlineData("match = 1\nprint(match)\n")]
    [InlineData("match(x)\n")]
    [InlineData("type = 3\n")]
    public void Parse_SoftKeywordUsedAsName_IsAccepted(string source)
    {
        var module = PythonParser.Parse(source, "prog.py");

        Assert.NotEmpty(module.Body);
    }

    [Fact]
    public void Parse_NonAsciiIdentifierThatNfkcKeeps_IsAccepted()
    {
        var module = PythonParser.Parse("é = 1\nλ = é\n", "prog.py");

        var assign = Assert.IsType<AssignNode>(module.Body[1]);
        Assert.Equal("λ", Assert.IsType<NameNode>(assign.Targets[0]).Id);
        Assert.Equal(new SourceSpan(2, 0, 2, 2), assign.Targets[0].Span);
    }
}
