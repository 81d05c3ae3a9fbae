using RaceLab.Python.Bytecode;
using RaceLab.Python.Compiler.Modern;

namespace RaceLab.Python.Tests.Compiler.Modern;

/// <summary>
/// The compiler's own programs beyond the shared corpus (closures, nested with/for unwinding, EXTENDED_ARG,
/// long lines, Unicode columns, conditions), each with the code objects real CPython 3.11-3.13 made of it.
/// </summary>
public sealed class ModernCompilerCaseTests
{
    private static readonly string[] Versions = ["3.11", "3.12", "3.13"];

    private static string CasesDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Compiler", "Modern", "Cases");

    private static IEnumerable<string> Names =>
        Directory.GetFiles(CasesDirectory, "*.py").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var name in Names)
            {
                foreach (var version in Versions)
                {
                    cases.Add(name, version);
                }
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compile_OwnCase_MatchesCPythonCodeObject(string name, string version)
    {
        var pythonVersion = Corpus.GoldenCorpus.Version(version);
        var golden = File.ReadAllText(GoldenPath(name, version));
        var expected = CodeObjectJson.Load(golden, pythonVersion, name + ".py");

        var source = File.ReadAllText(Path.Combine(CasesDirectory, name + ".py"));
        var actual = ModernCompiler.Compile(source, name + ".py", pythonVersion);

        var difference = CodeObjectDiff.Describe(expected, actual);
        Assert.True(difference is null, difference);
    }

    [Fact]
    public void Cases_EveryProgram_HasGoldensForEveryModernVersion()
    {
        var missing = Names.SelectMany(name => Versions.Select(v => GoldenPath(name, v))).Where(p => !File.Exists(p)).ToList();

        Assert.NotEmpty(Names);
        Assert.Empty(missing);
    }

    private static string GoldenPath(string name, string version) =>
        Path.Combine(CasesDirectory, "Golden", name, version + ".code.json");
}
