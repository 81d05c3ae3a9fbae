using RaceLab.Check.Tests.Support;

namespace RaceLab.Check.Tests.Rules;

public sealed class LockReleaseRuleTests
{
    [Fact]
    public void EarlyReturnHoldingTheLock_IsRL202AtTheAcquireOnEveryTarget()
    {
        var finding = Assert.Single(Checker.Source(Programs.EarlyReturn).Reported);

        Assert.Equal("RL202", finding.Rule.Code);
        Assert.Equal(8, finding.Location.Line);
        Assert.Equal(5, finding.Location.Column);
        Assert.Equal(10, Assert.Single(finding.Related).Location.Line);
        Assert.Equal("3.9,3.10,3.11,3.12,3.13,3.13t", Checker.Labels(finding));
        Assert.Contains("not when `take()` returns at line 10", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.10")]
    [InlineData("3.11")]
    [InlineData("3.12")]
    [InlineData("3.13")]
    public void EachRelease_FindsTheSameLeakAndNothingElse(string target)
    {
        var finding = Assert.Single(Checker.Source(Programs.EarlyReturn, targets: target).Reported);

        Assert.Equal((8, 10), (finding.Location.Line, finding.Related[0].Location.Line));
    }
}
