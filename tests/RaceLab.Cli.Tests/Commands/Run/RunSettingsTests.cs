using RaceLab.Cli.Commands.Run;
using RaceLab.Experiment.Strategies;

namespace RaceLab.Cli.Tests.Commands.Run;

public class RunSettingsTests
{
    [Fact]
    public void ParseStrategies_All_SelectsEveryStrategyInCatalogOrder()
    {
        var problems = new List<string>();
        Assert.Equal(StrategyCatalog.All, RunSettings.ParseStrategies(["all"], problems));
        Assert.Empty(problems);
    }

    [Fact]
    public void ParseStrategies_CommasAndRepeats_KeepCatalogOrderWithoutDuplicates()
    {
        var problems = new List<string>();
        var kinds = RunSettings.ParseStrategies(["striped, unsafe", "unsafe", "LOCK"], problems);
        Assert.Equal([StrategyKind.Unsafe, StrategyKind.Lock, StrategyKind.Striped], kinds);
        Assert.Empty(problems);
    }

    [Fact]
    public void ParseStrategies_UnknownName_IsReportedWithTheKnownNames()
    {
        var problems = new List<string>();
        RunSettings.ParseStrategies(["unsafe,atomic"], problems);
        var problem = Assert.Single(problems);
        Assert.StartsWith("--strategy: unknown strategy 'atomic' (known: unsafe, volatile, interlocked", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseStrategies_Empty_IsReported()
    {
        var problems = new List<string>();
        RunSettings.ParseStrategies([","], problems);
        Assert.Equal(["--strategy selects no strategy"], problems);
    }
}
