using System.CommandLine;
using RaceLab.Cli.Infrastructure;
using RaceLab.Experiment.Running;
using RaceLab.Experiment.Strategies;

namespace RaceLab.Cli.Commands.Run;

/// <summary>The validated settings of one <c>racelab run</c>.</summary>
internal sealed record RunSettings(
    int Threads,
    long Iterations,
    IReadOnlyList<StrategyKind> Strategies,
    int Trials,
    bool NoBarrier,
    bool Assert,
    bool Json,
    FileInfo? Html = null)
{
    public ExperimentOptions ToExperimentOptions() => new(Threads, Iterations, Strategies, Trials, StartGate: !NoBarrier);

    /// <summary>Reads and validates the options; every problem found is reported at once.</summary>
    public static RunSettings From(ParseResult parseResult, RunDefinition definition)
    {
        var problems = new List<string>();
        var strategies = ParseStrategies(parseResult.GetValue(definition.Strategy) ?? ["all"], problems);
        var settings = new RunSettings(
            parseResult.GetValue(definition.Threads),
            parseResult.GetValue(definition.Iterations),
            strategies,
            parseResult.GetValue(definition.Trials),
            parseResult.GetValue(definition.NoBarrier),
            parseResult.GetValue(definition.Assert),
            parseResult.GetValue(definition.Json),
            parseResult.GetValue(definition.Html));
        if (problems.Count == 0)
        {
            problems.AddRange(settings.ToExperimentOptions().Validate());
        }

        return problems.Count == 0 ? settings : throw new UsageException(string.Join("\n", problems));
    }

    /// <summary>Accepts <c>all</c>, names separated by commas, or the option repeated; keeps catalog order, no duplicates.</summary>
    public static IReadOnlyList<StrategyKind> ParseStrategies(IEnumerable<string> values, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var selected = new HashSet<StrategyKind>();
        foreach (var name in values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            if (string.Equals(name, "all", StringComparison.OrdinalIgnoreCase))
            {
                selected.UnionWith(StrategyCatalog.All);
            }
            else if (StrategyCatalog.TryParse(name, out var kind))
            {
                selected.Add(kind.Value);
            }
            else
            {
                problems.Add($"--strategy: unknown strategy '{name}' (known: {string.Join(", ", StrategyCatalog.Names)}, or all)");
            }
        }

        if (selected.Count == 0 && problems.Count == 0)
        {
            problems.Add("--strategy selects no strategy");
        }

        return [.. StrategyCatalog.All.Where(selected.Contains)];
    }
}
