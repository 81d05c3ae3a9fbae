using System.Text.RegularExpressions;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Disassembly;

namespace RaceLab.Python.Tests.Disassembly;

/// <summary>
/// Real CPython code objects beyond the compiler's subset (Disassembly/Programs, goldens recorded by golden.py):
/// EXTENDED_ARG, line numbers of four digits and large line gaps, try/except/finally, classes, generators,
/// closures two levels deep.
/// </summary>
public sealed partial class DisassemblerEdgeCaseTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Disassembly");

    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var program in Directory.GetFiles(Path.Combine(Root, "Programs"), "*.py").Order(StringComparer.Ordinal))
            {
                foreach (var version in PythonVersions.All)
                {
                    cases.Add(Path.GetFileNameWithoutExtension(program), version.Label());
                }
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DisassembleModule_EdgeCaseProgram_MatchesRealDis(string name, string version)
    {
        var code = Load(name, version);

        var text = Disassembler.DisassembleModule(code);

        Assert.Equal(Normalise(Golden(name, version, "dis")), Normalise(text));
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.13")]
    public void Disassemble_LongFunction_ShowsExtendedArg(string version)
    {
        var big = Load("dis_extended_arg", version).NestedCode.Single(c => c.Name == "big");

        Assert.Contains("EXTENDED_ARG", Disassembler.Disassemble(big), StringComparison.Ordinal);
    }

    [Fact]
    public void LineStarts_On313_ReportCodeWithoutLine()
    {
        var risky = Load("dis_beyond_subset", "3.13").NestedCode.Single(c => c.Name == "risky");

        Assert.Contains(LineTable.LineStarts(risky), start => start.Line is null);
    }

    [Fact]
    public void GoldenFolder_EveryProgram_HasAllVersions()
    {
        foreach (var (name, version) in Cases.Select(c => ((string)c[0], (string)c[1])))
        {
            Assert.True(File.Exists(Path.Combine(Root, "Golden", name, version + ".dis")), $"{name} {version}.dis");
            Assert.True(File.Exists(Path.Combine(Root, "Golden", name, version + ".code.json")), $"{name} {version}.code.json");
        }
    }

    private static CodeObject Load(string name, string version) =>
        CodeObjectJson.Load(Golden(name, version, "code.json"), Version(version), name + ".py");

    private static string Golden(string name, string version, string extension) =>
        File.ReadAllText(Path.Combine(Root, "Golden", name, version + "." + extension));

    private static PythonVersion Version(string label) =>
        PythonVersions.TryParse(label, out var version) ? version.Value : throw new ArgumentException(label);

    private static string Normalise(string text) => CodeAddress().Replace(text, "at 0x?");

    [GeneratedRegex("at 0x[0-9a-f]+")]
    private static partial Regex CodeAddress();
}
