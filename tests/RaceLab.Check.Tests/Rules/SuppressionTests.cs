using RaceLab.Check.Tests.Support;

namespace RaceLab.Check.Tests.Rules;

public sealed class SuppressionTests
{
    [Theory]
    [InlineData("count = count + step()  # racelab: ignore[RL101]")]
    [InlineData("count = count + step()  # racelab: ignore")]
    [InlineData("count = count + step()  # noqa  #racelab:ignore[RL120, rl101]")]
    public void CommentNamingTheCodeOrBare_SuppressesAndCounts(string line)
    {
        var result = Checker.Source(Programs.CallInWindow.Replace("count = count + step()", line, StringComparison.Ordinal));

        Assert.Empty(result.Reported);
        Assert.Equal(1, result.SuppressedCount);
        Assert.True(Assert.Single(result.AllFindings).Suppressed);
    }

    [Fact]
    public void CommentNamingAnotherCode_DoesNotSuppress()
    {
        var result = Checker.Source(Programs.CallInWindow.Replace("count = count + step()", "count = count + step()  # racelab: ignore[RL120]", StringComparison.Ordinal));

        Assert.Single(result.Reported);
        Assert.Equal(0, result.SuppressedCount);
    }

    [Fact]
    public void CommentOnTheWriteOfAWindowSpanningLines_Suppresses()
    {
        var source = Programs.CallInWindow.Replace("count = count + step()", "count = (count +  # racelab: ignore[RL101]\n        step())", StringComparison.Ordinal);

        var result = Checker.Source(source);

        Assert.Empty(result.Reported);
        Assert.Equal(1, result.SuppressedCount);
    }
}
