namespace RaceLab.Python.Vm.Tests.Programs;

public sealed class ProgramCorpusTests
{
    private const int RunsPerVersion = 5;

    [Fact]
    public void Corpus_HasAtLeastSixteenPrograms() =>
        Assert.True(ProgramCorpus.Names.Count >= 16, $"only {ProgramCorpus.Names.Count} programs in {ProgramCorpus.Root}");

    [Fact]
    public void EveryProgram_HasRealRunsForAllFiveVersions()
    {
        var missing = new List<string>();
        foreach (var name in ProgramCorpus.Names)
        {
            if (!File.Exists(ProgramCorpus.RunsPath(name)))
            {
                missing.Add($"{name}: no runs.json");
                continue;
            }

            var runs = ProgramCorpus.AllRuns(name);
            missing.AddRange(PythonVersions.All
                .Where(v => !runs.TryGetValue(v, out var r) || r.Runs.Count < RunsPerVersion)
                .Select(v => $"{name}: fewer than {RunsPerVersion} runs on {v.Label()}"));
        }

        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public void EveryProgram_HasCodeObjectsAndDisForAllFiveVersions()
    {
        var missing = ProgramCorpus.Names
            .SelectMany(name => PythonVersions.All.SelectMany(v => new[] { ProgramCorpus.CodeJsonPath(name, v), ProgramCorpus.DisPath(name, v) }))
            .Where(path => !File.Exists(path))
            .Select(path => Path.GetRelativePath(ProgramCorpus.Root, path))
            .ToList();
        Assert.True(missing.Count == 0, "missing goldens:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void EveryGoldenFolder_HasItsProgram()
    {
        var orphans = Directory.GetDirectories(ProgramCorpus.GoldenDirectory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !ProgramCorpus.Names.Contains(name, StringComparer.Ordinal))
            .ToList();
        Assert.True(orphans.Count == 0, "goldens without a program: " + string.Join(", ", orphans));
    }

    [Theory]
    [MemberData(nameof(ProgramCorpus.Cases), MemberType = typeof(ProgramCorpus))]
    public void EveryRun_PrintedAFinalValue(string name, string version)
    {
        var runs = ProgramCorpus.Runs(name, version);
        Assert.All(runs.Runs, run => Assert.NotNull(run.Final));
    }

    [Theory]
    [MemberData(nameof(ProgramCorpus.Cases), MemberType = typeof(ProgramCorpus))]
    public void CodeObject_LoadsAsThatVersionsModule(string name, string version)
    {
        var code = ProgramCorpus.Code(name, version);
        Assert.Equal("<module>", code.Name);
        Assert.Equal(ProgramCorpus.Version(version), code.Version);
        Assert.NotEmpty(code.NestedCode);
    }

    [Fact]
    public void RealRuns_SummariseLikeCheckCorpus()
    {
        var runs = new RealRuns(PythonVersion.Py39, "3.9.18",
        [
            new RealRun(5, false, 0.4),
            new RealRun(10, true, 0.2),
            new RealRun(3, false, 0.3),
            new RealRun(8, false, 0.1),
        ]);
        Assert.True(runs.Loses);
        Assert.Equal(3, runs.MinFinal);
        Assert.Equal(10, runs.MaxFinal);
        Assert.Equal(6.5, runs.MedianFinal);
        Assert.Equal(0.25, runs.MedianSeconds, 10);
    }
}
