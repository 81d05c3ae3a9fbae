using RaceLab.Check.Tests.Support;

namespace RaceLab.Check.Tests.Rules;

/// <summary>
/// Attribute, item and check-then-act windows as the switch-point analysis reports them: each kind finds its
/// own rule code, its place in the source and the targets on which it can go wrong.
/// </summary>
public sealed class WindowKindTests
{
    [Theory]
    [InlineData("def bump(o):\n    o.value += 1\n", "RL102", 5, "3.9,3.13t")]
    [InlineData("def bump(d, k):\n    d[k] += 1\n", "RL103", 5, "3.9,3.13t")]
    [InlineData("def tally(d, k):\n    d[k] = d.get(k, 0) + 1\n", "RL103", 5, "3.9,3.10,3.11,3.12,3.13,3.13t")]
    [InlineData("def once(d, k):\n    if k not in d:\n        d[k] = make()\n", "RL110", 8, "3.9,3.10,3.11,3.12,3.13,3.13t")]
    public void WindowOfEachKind_IsReportedUnderItsOwnCode(string source, string code, int column, string targets)
    {
        var result = Checker.Source(source, targets: "all");

        var finding = Assert.Single(result.Files.Single().Findings, f => f.Rule.Code == code);
        Assert.Equal(2, finding.Location.Line);
        Assert.Equal(column, finding.Location.Column);
        Assert.Equal(targets, Checker.Labels(finding));
    }

    [Fact]
    public void ContainerOnlyThisCallBuilds_HasNoFinding()
    {
        var result = Checker.Source("def count(items):\n    seen = {}\n    for i in items:\n        seen[i] = seen.get(i, 0) + 1\n    return len(seen)\n", targets: "all");

        Assert.Empty(result.Files.Single().Findings);
    }
}
