using RaceLab.Cli.Commands.Explore;
using RaceLab.Explorer.Machines;

namespace RaceLab.Cli.Tests.Commands.Explore;

/// <summary>What keeps explore's tables and witness headings readable on programs with big values and long schedules.</summary>
public sealed class ExploreReportTextTests
{
    [Fact]
    public void ScheduleText_LongSchedule_IsWrittenAsRuns()
    {
        var schedule = Enumerable.Repeat(0, 30).Concat([1]).Concat(Enumerable.Repeat(2, 12)).Concat([0, 0]).ToList();

        Assert.Equal("0×30 1 2×12 0×2", ExploreReport.ScheduleText(schedule));
    }

    [Fact]
    public void ScheduleText_ShortSchedule_KeepsEveryStep() =>
        Assert.Equal("0 0 1 0", ExploreReport.ScheduleText([0, 0, 1, 0]));

    [Fact]
    public void DescribeGlobalsShort_LongValue_KeepsItsStartAndEnd()
    {
        var items = "[" + string.Join(", ", Enumerable.Repeat("'apple'", 150)) + "]";
        var outcome = new Outcome([new("items", items), new("total", "600")], [], false);

        var text = outcome.DescribeGlobalsShort();

        Assert.Equal($"items={items[..32]} … {items[^12..]}, total=600", text);
        Assert.Equal($"items={items}, total=600", outcome.DescribeGlobals());
    }
}
