using RaceLab.Check.Configuration;
using RaceLab.Check.Tests.Support;

namespace RaceLab.Check.Tests.Configuration;

public sealed class PyProjectTests
{
    [Fact]
    public void ToolRacelabTable_IsFoundWalkingUpAndApplied()
    {
        using var tree = new TempTree();
        tree.Add("pyproject.toml", """
            [project]
            name = "demo"

            [tool.racelab]
            targets = ["3.11", "3.12"]
            ignore = ["RL201"]
            exclude = ["generated/"]
            """);
        tree.Add("src/app/counter.py", Programs.InlineIncrement);
        tree.Add("src/app/locks.py", Programs.LockOrder);
        tree.Add("src/generated/skipped.py", Programs.CallInWindow);
        var start = Path.Combine(tree.Root, "src");

        var config = PyProject.Find(start);
        var result = Checker.Run([start], config: config);

        Assert.NotNull(config);
        Assert.Equal(["3.11", "3.12"], result.Targets.Select(t => t.Label));
        Assert.Equal(2, result.Files.Count);
        var finding = Assert.Single(result.Reported);
        Assert.Equal("RL120", finding.Rule.Code);
    }

    [Fact]
    public void CommandLineTargets_ReplaceTheConfiguredOnes()
    {
        using var tree = new TempTree();
        tree.Add("pyproject.toml", "[tool.racelab]\ntargets = \"3.11\"\nselect = [\"RL1\"]\n");
        var file = tree.Add("counter.py", Programs.InlineIncrement);

        var result = Checker.Run([file], targets: "3.9", config: PyProject.Find(file));

        Assert.Equal("RL101", Assert.Single(result.Reported).Rule.Code);
        Assert.Equal(["3.9"], result.Targets.Select(t => t.Label));
    }

    [Fact]
    public void PyProjectWithoutTheTable_IsSkippedForOneFurtherUp()
    {
        using var tree = new TempTree();
        tree.Add("pyproject.toml", "[tool.racelab]\nselect = [\"RL201\"]\n");
        tree.Add("inner/pyproject.toml", "[tool.ruff]\nline-length = 100\n");
        var file = tree.Add("inner/counter.py", Programs.InlineIncrement);

        var config = PyProject.Find(file);

        Assert.Equal(Path.Combine(tree.Root, "pyproject.toml"), config?.File);
        Assert.Equal(["RL201"], config?.Select);
    }

    [Theory]
    [InlineData("[tool.racelab]\ncolour = true\n", "unknown key 'colour'")]
    [InlineData("[tool.racelab]\ntargets = [3.9]\n", "targets must be a string or a list of strings")]
    [InlineData("[tool.racelab\n", "pyproject.toml")]
    public void BrokenConfiguration_IsAConfigurationError(string toml, string expected)
    {
        using var tree = new TempTree();
        var file = tree.Add("pyproject.toml", toml);

        var error = Assert.Throws<ConfigurationException>(() => PyProject.Read(file));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.8", null, "unknown target '3.8'")]
    [InlineData(null, "RL9", "no rule code starts with 'RL9'")]
    [InlineData(null, " , ", "--select: no rule code given")]
    public void UnknownTargetOrCode_IsAConfigurationError(string? targets, string? select, string expected)
    {
        var error = Assert.Throws<ConfigurationException>(() =>
            CheckOptions.Resolve(["x.py"], targets, select is null ? [] : [select], [], [], null));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
