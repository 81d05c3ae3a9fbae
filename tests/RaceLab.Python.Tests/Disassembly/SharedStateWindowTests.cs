using RaceLab.Python.Disassembly;

namespace RaceLab.Python.Tests.Disassembly;

/// <summary>Windows on attributes and items, check-then-act, and containers no other thread can reach.</summary>
public sealed class SharedStateWindowTests
{
    public static TheoryData<string> Versions => ["3.9", "3.10", "3.11", "3.12", "3.13"];

    [Theory]
    [InlineData("increment", "self.n", LocationKind.Attribute)]
    [InlineData("add", "counts[key]", LocationKind.Item)]
    public void Analyze_AugmentedAttributeOrItem_LosesOn39Only(string function, string variable, LocationKind kind)
    {
        foreach (var version in Versions)
        {
            var window = SwitchPointFixtures.SingleWindow("shared_state_shapes", version, function, variable);

            Assert.Equal(kind, window.Kind);
            Assert.False(window.CheckThenAct);
            Assert.Equal(version == "3.9", window.Verdict.LosesWithGil);
            Assert.True(window.Verdict.LosesFreeThreaded);
        }
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Analyze_CallInsideTheWindow_LosesOnEveryVersion(string version)
    {
        var method = SwitchPointFixtures.SingleWindow("shared_state_shapes", version, "bump", "self.n");
        var get = SwitchPointFixtures.SingleWindow("shared_state_shapes", version, "tally", "counts[key]");

        Assert.True(method.Verdict.LosesWithGil);
        Assert.True(get.Verdict.LosesWithGil);
        Assert.Equal(LocationKind.Item, get.Kind);
        Assert.Contains(".get", get.Verdict.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Analyze_TestThenStore_IsCheckThenAct(string version)
    {
        var lazy = SwitchPointFixtures.SingleWindow("shared_state_shapes", version, "get", "self.x");
        var cache = SwitchPointFixtures.SingleWindow("shared_state_shapes", version, "fill", "cache[key]");

        Assert.True(lazy.CheckThenAct);
        Assert.True(cache.CheckThenAct);
        Assert.Equal("CONTAINS_OP", cache.Load.OpName);
        Assert.Equal("STORE_SUBSCR", cache.Store.OpName);

        // The creating call between test and store is a switch point on every version.
        Assert.True(cache.Verdict.LosesWithGil);
        Assert.Contains("check-then-act", cache.Verdict.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Analyze_ContainerOnlyThisCallSees_HasNoWindow_UnlessItEscapes(string version)
    {
        Assert.Empty(SwitchPointFixtures.Code("shared_state_shapes", version, "local_only").Windows);
        Assert.Single(SwitchPointFixtures.Code("shared_state_shapes", version, "leaks").Windows, w => w.Variable == "mine['a']");
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Analyze_ModuleLevelUpdate_IsAWindowOnlyWhenAFunctionNamesIt(string versionLabel)
    {
        Assert.True(PythonVersions.TryParse(versionLabel, out var version));
        const string source = "threads = []\nthreads += [1]\ncount = 0\ncount += len(threads)\n\n\ndef work():\n    return count\n";

        var module = SwitchPointAnalyzer.Analyze(PythonCompiler.Compile(source, "prog.py", version!.Value)).CodeObjects[0];

        // Only the main thread ever touches `threads`; `count` is read by work(), which another thread may run.
        Assert.Equal(["count"], module.Windows.Select(w => w.Variable));
    }
}
