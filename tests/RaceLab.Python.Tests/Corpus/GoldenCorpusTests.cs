using System.Text.Json;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Tests.Corpus;

public sealed class GoldenCorpusTests
{
    [Fact]
    public void Corpus_HasAtLeastFortyFivePrograms() =>
        Assert.True(GoldenCorpus.Names.Count >= 45, $"only {GoldenCorpus.Names.Count} programs in {GoldenCorpus.ProgramsDirectory}");

    [Fact]
    public void EveryProgram_HasDisAndCodeJsonForAllFiveVersions()
    {
        var missing = GoldenCorpus.Names
            .SelectMany(name => PythonVersions.All.SelectMany(v => new[] { GoldenCorpus.DisPath(name, v), GoldenCorpus.CodeJsonPath(name, v) }))
            .Where(path => !File.Exists(path) || new FileInfo(path).Length == 0)
            .Select(path => Path.GetRelativePath(GoldenCorpus.Root, path))
            .ToList();
        Assert.True(missing.Count == 0, "missing or empty goldens:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void EveryGoldenFolder_HasItsProgram()
    {
        var orphans = Directory.GetDirectories(GoldenCorpus.GoldenDirectory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !GoldenCorpus.Names.Contains(name, StringComparer.Ordinal))
            .ToList();
        Assert.True(orphans.Count == 0, "goldens without a program: " + string.Join(", ", orphans));
    }

    [Fact]
    public void EveryGoldenFolder_HoldsOnlyFilesOfKnownVersions()
    {
        var known = PythonVersions.All.SelectMany(v => new[] { v.Label() + ".dis", v.Label() + ".code.json" }).ToHashSet(StringComparer.Ordinal);
        var strays = Directory.GetDirectories(GoldenCorpus.GoldenDirectory)
            .SelectMany(Directory.GetFiles)
            .Where(path => !known.Contains(Path.GetFileName(path)))
            .Select(path => Path.GetRelativePath(GoldenCorpus.Root, path))
            .ToList();
        Assert.True(strays.Count == 0, "unexpected golden files: " + string.Join(", ", strays));
    }

    [Fact]
    public void Cases_CoverEveryProgramAndVersion() =>
        Assert.Equal(GoldenCorpus.Names.Count * PythonVersions.All.Count, GoldenCorpus.Cases.Count);

    [Theory]
    [MemberData(nameof(GoldenCorpus.Cases), MemberType = typeof(GoldenCorpus))]
    public void CodeJson_LoadsAndEveryConstantReprRoundTrips(string name, string version)
    {
        var code = GoldenCorpus.Code(name, version);
        using var json = JsonDocument.Parse(GoldenCorpus.CodeJson(name, version));
        AssertSameConstants(json.RootElement, code, code.Name);
    }

    [Theory]
    [MemberData(nameof(GoldenCorpus.Cases), MemberType = typeof(GoldenCorpus))]
    public void Dis_HasOneSectionPerModuleLevelCodeObject(string name, string version)
    {
        // dis itself recurses into nested code objects ("Disassembly of <code object inner at 0x...>:");
        // golden.py's own headers name the module-level code objects.
        var code = GoldenCorpus.Code(name, version);
        var headers = GoldenCorpus.Dis(name, version)
            .Split('\n')
            .Where(line => line.StartsWith("Disassembly of ", StringComparison.Ordinal)
                && !line.StartsWith("Disassembly of <code object ", StringComparison.Ordinal))
            .Select(line => line["Disassembly of ".Length..^1])
            .ToList();
        Assert.Equal(code.NestedCode.Select(c => c.Name), headers);
    }

    private static void AssertSameConstants(JsonElement element, CodeObject code, string path)
    {
        var reprs = element.GetProperty("consts").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(reprs.Count, code.Constants.Length);
        for (var i = 0; i < reprs.Count; i++)
        {
            var constant = code.Constants[i];
            if (constant is CodeConstant nested)
            {
                Assert.Equal($"<code {nested.Code.Name}>", reprs[i]);
                continue;
            }

            Assert.True(reprs[i] == constant.Repr(), $"{path} const {i}: CPython repr {reprs[i]} but ours {constant.Repr()} ({constant.GetType().Name})");
        }

        var children = element.GetProperty("children").EnumerateArray().ToList();
        var nestedCode = code.NestedCode.ToList();
        Assert.Equal(children.Count, nestedCode.Count);
        for (var i = 0; i < children.Count; i++)
        {
            AssertSameConstants(children[i], nestedCode[i], path + "/" + nestedCode[i].Name);
        }
    }

    [Fact]
    public void NormalizeAddresses_HidesOnlyTheAddress() =>
        Assert.Equal(
            "Disassembly of <code object bump at 0x?, file \"x.py\", line 14>:",
            GoldenCorpus.NormalizeAddresses("Disassembly of <code object bump at 0x7f3a2c1b9d10, file \"x.py\", line 14>:"));

    [Fact]
    public void FirstDifference_EqualUpToAddresses_IsNull() =>
        Assert.Null(GoldenCorpus.FirstDifference("a <code object f at 0x7f01>\nb\n", "a <code object f at 0xdead>\nb\n"));

    [Fact]
    public void FirstDifference_NamesTheFirstDifferingLine()
    {
        Assert.Equal("line 2:\n  want: b\n  got:  c", GoldenCorpus.FirstDifference("a\nb\n", "a\nc\n"));
        Assert.Equal("line 3:\n  want: <end>\n  got:  x", GoldenCorpus.FirstDifference("a\nb", "a\nb\nx"));
    }
}
