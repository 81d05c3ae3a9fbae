using RaceLab.Python.Compiler.Legacy;
using RaceLab.Python.Tests.Corpus;

namespace RaceLab.Python.Tests.Compiler.Legacy;

public sealed class LegacyCompilerCorpusTests
{
    /// <summary>Every corpus program × {3.9, 3.10}.</summary>
    public static TheoryData<string, string> LegacyCases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var name in GoldenCorpus.Names)
            {
                cases.Add(name, "3.9");
                cases.Add(name, "3.10");
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(LegacyCases))]
    public void Compile_CorpusProgram_MatchesCPythonCodeObject(string name, string version)
    {
        var pythonVersion = GoldenCorpus.Version(version);
        var expected = GoldenCorpus.Code(name, pythonVersion);

        var actual = LegacyCompiler.Compile(GoldenCorpus.Source(name), GoldenCorpus.FileName(name), pythonVersion);

        var diff = CodeObjectDiff.Describe(expected, actual);
        Assert.True(diff is null, $"{name} on {version}:\n{diff}");
    }
}
