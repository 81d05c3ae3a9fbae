using RaceLab.Python.Syntax;

namespace RaceLab.Python.Tests.Syntax;

public sealed class ParserGoldenTests
{
    [Theory]
    [MemberData(nameof(SyntaxCases.Cases), MemberType = typeof(SyntaxCases))]
    public void Parse_Case_MatchesCPythonAst(string name, string versionLabel)
    {
        Assert.True(PythonVersions.TryParse(versionLabel, out var version));
        var expected = File.ReadAllText(SyntaxCases.GoldenPath(name, version.Value));

        var module = PythonParser.Parse(SyntaxCases.Source(name), name + ".py", version.Value);

        Assert.Equal(expected, AstDump.Dump(module));
    }

    [Fact]
    public void Cases_EveryProgram_HasAGoldenForEveryVersion()
    {
        var names = SyntaxCases.Names.ToList();
        Assert.NotEmpty(names);
        var missing = names.SelectMany(n => PythonVersions.All.Select(v => SyntaxCases.GoldenPath(n, v))).Where(p => !File.Exists(p)).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(SyntaxCases.Cases312), MemberType = typeof(SyntaxCases))]
    public void Parse_Pep701Case_MatchesCPythonAst(string name, string versionLabel)
    {
        Assert.True(PythonVersions.TryParse(versionLabel, out var version));
        var expected = File.ReadAllText(SyntaxCases.GoldenPath312(name, version.Value));

        var module = PythonParser.Parse(SyntaxCases.Source312(name), name + ".py", version.Value);

        Assert.Equal(expected, AstDump.Dump(module));
    }

    [Theory]
    [InlineData(PythonVersion.Py39)]
    [InlineData(PythonVersion.Py310)]
    [InlineData(PythonVersion.Py311)]
    public void Parse_Pep701CaseBefore312_IsASyntaxError(PythonVersion version)
    {
        foreach (var name in SyntaxCases.Names312)
        {
            Assert.Throws<PythonSyntaxException>(() => PythonParser.Parse(SyntaxCases.Source312(name), name + ".py", version));
        }
    }

    [Fact]
    public void Cases312_EveryProgram_HasAGoldenFor312And313()
    {
        var names = SyntaxCases.Names312.ToList();
        Assert.NotEmpty(names);
        var missing = names.SelectMany(n => SyntaxCases.Versions312.Select(v => SyntaxCases.GoldenPath312(n, v))).Where(p => !File.Exists(p)).ToList();
        Assert.Empty(missing);
    }
}
