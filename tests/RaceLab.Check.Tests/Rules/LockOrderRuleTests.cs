using RaceLab.Check.Tests.Support;

namespace RaceLab.Check.Tests.Rules;

public sealed class LockOrderRuleTests
{
    [Fact]
    public void LocksTakenInOppositeOrders_IsRL201AtTheSecondPlace()
    {
        var finding = Assert.Single(Checker.Source(Programs.LockOrder).Reported);

        Assert.Equal("RL201", finding.Rule.Code);
        Assert.Equal(15, finding.Location.Line);
        Assert.Equal(9, finding.Location.Column);
        Assert.Equal(9, Assert.Single(finding.Related).Location.Line);
        Assert.Contains("`a` is taken while `b` is held in `second()`", finding.Message, StringComparison.Ordinal);
        Assert.Contains("`first()` takes them the other way round (line 9)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocksAlwaysTakenInOneOrder_GiveNoFinding()
    {
        var source = Programs.LockOrder.Replace("""
                with b:
                    with a:
            """, """
                with a:
                    with b:
            """, StringComparison.Ordinal);

        Assert.Empty(Checker.Source(source).AllFindings);
    }
}
