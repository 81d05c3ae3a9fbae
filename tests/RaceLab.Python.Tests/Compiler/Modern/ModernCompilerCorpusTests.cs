using RaceLab.Python.Compiler.Modern;
using RaceLab.Python.Tests.Corpus;

namespace RaceLab.Python.Tests.Compiler.Modern;

public sealed class ModernCompilerCorpusTests
{
    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var name in GoldenCorpus.Names)
            {
                foreach (var version in new[] { "3.11", "3.12", "3.13" })
                {
                    cases.Add(name, version);
                }
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compile_CorpusProgram_MatchesCPythonCodeObject(string name, string version)
    {
        var pythonVersion = GoldenCorpus.Version(version);
        var expected = GoldenCorpus.Code(name, pythonVersion);

        var actual = ModernCompiler.Compile(GoldenCorpus.Source(name), GoldenCorpus.FileName(name), pythonVersion);

        var difference = CodeObjectDiff.Describe(expected, actual);
        Assert.True(difference is null, difference);
    }
}
