using RaceLab.Python.Bytecode;
using RaceLab.Python.Compiler.Legacy;
using RaceLab.Python.Tests.Corpus;

namespace RaceLab.Python.Tests.Compiler.Legacy;

public sealed class LegacyCompilerProgramTests
{
    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var name in LegacyPrograms.Names)
            {
                foreach (var version in LegacyPrograms.Versions)
                {
                    cases.Add(name, version);
                }
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compile_FocusedProgram_MatchesCPythonCodeObject(string name, string version)
    {
        var pythonVersion = GoldenCorpus.Version(version);
        var fileName = name + ".py";
        var expected = CodeObjectJson.Load(File.ReadAllText(LegacyPrograms.GoldenPath(name, version)), pythonVersion, fileName);

        var actual = LegacyCompiler.Compile(LegacyPrograms.Source(name), fileName, pythonVersion);

        var diff = CodeObjectDiff.Describe(expected, actual);
        Assert.True(diff is null, $"{name} on {version}:\n{diff}");
    }

    [Fact]
    public void FocusedPrograms_EachHasGoldensForBothReleases()
    {
        Assert.NotEmpty(LegacyPrograms.Names);
        var missing = LegacyPrograms.Names
            .SelectMany(n => LegacyPrograms.Versions.Select(v => LegacyPrograms.GoldenPath(n, v)))
            .Where(p => !File.Exists(p))
            .ToList();
        Assert.Empty(missing);
    }
}
