using RaceLab.Check.Findings;
using RaceLab.Check.Tests.Support;

namespace RaceLab.Check.Tests.Rules;

public sealed class WindowRuleTests
{
    [Fact]
    public void CallInsideWindow_LosesUpdatesOnEveryTarget_RL101WithLoadAndStorePositions()
    {
        var finding = Assert.Single(Checker.Source(Programs.CallInWindow).Reported);

        Assert.Equal("RL101", finding.Rule.Code);
        Assert.Equal("3.9,3.10,3.11,3.12,3.13,3.13t", Checker.Labels(finding));
        Assert.Equal(new SourceLocation(10, 13, 10, 18), finding.Location);
        Assert.Equal(new SourceLocation(10, 5, 10, 10), Assert.Single(finding.Related).Location);
        Assert.Contains("read at 10:13, written at 10:5", finding.Message, StringComparison.Ordinal);
        Assert.Contains("a switch can happen inside the window at the call to `step()`", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("implementation detail", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InlineIncrement_LosesOn39And313t_SaysTheOthersAreSafeOnlyByAnImplementationDetail()
    {
        var finding = Assert.Single(Checker.Source(Programs.InlineIncrement).Reported);

        Assert.Equal("RL101", finding.Rule.Code);
        Assert.Equal("3.9,3.13t", Checker.Labels(finding));
        Assert.Equal(9, finding.Location.Line);
        Assert.Equal(9, finding.Location.Column);
        Assert.Contains("on 3.9 a switch can happen inside the window after almost any bytecode", finding.Message, StringComparison.Ordinal);
        Assert.Contains("on 3.13t (free-threaded) another thread can run between the read and the write", finding.Message, StringComparison.Ordinal);
        Assert.Contains("safe on 3.10, 3.11, 3.12, 3.13 only by an implementation detail", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InlineIncrement_OnlyTargetsWithoutCheckPointInside_IsRL120()
    {
        var finding = Assert.Single(Checker.Source(Programs.InlineIncrement, targets: "3.11,3.12").Reported);

        Assert.Equal("RL120", finding.Rule.Code);
        Assert.Equal("3.11,3.12", Checker.Labels(finding));
        Assert.Contains("safe on 3.11, 3.12 only by an implementation detail", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IncrementUnderLock_GivesNoFinding()
    {
        Assert.Empty(Checker.Source(Programs.Locked).AllFindings);
    }

    [Fact]
    public void SameWindowOnSeveralReleases_IsOneFinding()
    {
        var result = Checker.Source(Programs.CallInWindow, targets: "all");

        Assert.Single(result.AllFindings);
        Assert.All(result.CountsByTarget(), c => Assert.Equal(1, c.Count));
    }

    [Fact]
    public void FreeThreadedTargetAlone_CompilesAs313AndReportsOnlyIt()
    {
        var finding = Assert.Single(Checker.Source(Programs.InlineIncrement, targets: "3.13t").Reported);

        Assert.Equal("RL101", finding.Rule.Code);
        Assert.Equal("3.13t", Checker.Labels(finding));
    }
}
