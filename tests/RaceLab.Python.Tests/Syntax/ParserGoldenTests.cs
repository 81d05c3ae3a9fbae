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
}
