using System.CommandLine;
using RaceLab.Cli.Commands.Run;
using RaceLab.Cli.Infrastructure;
using RaceLab.Experiment.Strategies;

namespace RaceLab.Cli.Commands.Il;

/// <summary>The validated settings of one <c>racelab il</c>.</summary>
internal sealed record IlSettings(IReadOnlyList<StrategyKind> Strategies, bool Native, bool Json)
{
    public static IlSettings From(ParseResult parseResult, IlDefinition definition)
    {
        var problems = new List<string>();
        var strategies = RunSettings.ParseStrategies(parseResult.GetValue(definition.Strategy) ?? ["all"], problems);
        return problems.Count == 0
            ? new IlSettings(strategies, parseResult.GetValue(definition.Native), parseResult.GetValue(definition.Json))
            : throw new UsageException(string.Join("\n", problems));
    }
}
