using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Tests.Differential;

/// <summary>
/// Differential test: every generated program (classes, exceptions, dicts, sets, comprehensions, closures,
/// decorators, *args and unpacking, loops with else) compiled by RaceLab equals, field by field and nested
/// code objects included, the code object real CPython made of it.
/// </summary>
public sealed class GeneratedProgramTests
{
    private const int MinimumPrograms = 1000;

    [Fact]
    public void Data_HoldsAtLeastAThousandProgramsWithGoldensForEveryVersion()
    {
        var names = GeneratedPrograms.Sources().Select(p => p.Name).ToList();

        Assert.True(names.Count >= MinimumPrograms, $"only {names.Count} generated programs");
        foreach (var version in PythonVersions.All)
        {
            Assert.Equal(names, GeneratedPrograms.CodeJson(version.Label()).Keys);
        }
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.10")]
    [InlineData("3.11")]
    [InlineData("3.12")]
    [InlineData("3.13")]
    public void Compile_EveryGeneratedProgram_EqualsCPythonsCodeObject(string versionLabel)
    {
        var version = Corpus.GoldenCorpus.Version(versionLabel);
        var goldens = GeneratedPrograms.CodeJson(versionLabel);
        var failures = new List<string>();
        foreach (var (name, source) in GeneratedPrograms.Sources())
        {
            var expected = CodeObjectJson.Load(goldens[name], version, name + ".py");
            string? difference;
            try
            {
                var actual = PythonCompiler.Compile(source, name + ".py", version);
                difference = version <= PythonVersion.Py310
                    ? Compiler.Legacy.CodeObjectDiff.Describe(expected, actual)
                    : Compiler.Modern.CodeObjectDiff.Describe(expected, actual);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                difference = $"compiling threw {e.GetType().Name}: {e.Message}";
            }

            if (difference is not null)
            {
                failures.Add($"{name}: {difference}");
            }
        }

        Assert.True(failures.Count == 0,
            $"{failures.Count} programs differ on {versionLabel} ({string.Join(", ", failures.Select(f => f[..f.IndexOf(':', StringComparison.Ordinal)]))}); first:\n{string.Join("\n", failures.Take(3))}");
    }
}
