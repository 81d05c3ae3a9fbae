using System.CommandLine;
using RaceLab.Explorer.Sampling;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>Validates --strategy and the options that only sampling takes.</summary>
internal static class SampleOptions
{
    public static SampleSettings? From(ParseResult parse, ExploreDefinition d, bool replaying)
    {
        var strategy = parse.GetValue(d.Strategy)!.Trim() switch
        {
            "exhaustive" => (SamplingStrategy?)null,
            "random" => SamplingStrategy.Random,
            "pct" => SamplingStrategy.Pct,
            "pos" => SamplingStrategy.Pos,
            var other => throw new ExploreUsageException($"--strategy: unknown value '{other}' (expected exhaustive, random, pct or pos)"),
        };
        var schedules = parse.GetValue(d.Schedules);
        var seed = parse.GetValue(d.Seed);
        var depth = parse.GetValue(d.Depth);
        var until = parse.GetValue(d.Until);
        var timeLimit = parse.GetValue(d.TimeLimit);
        var workers = parse.GetValue(d.Workers);
        var witnesses = parse.GetValue(d.Witnesses);
        var witnessDir = parse.GetValue(d.WitnessDir);
        if (strategy is not { } chosen)
        {
            var stray = new (string Name, bool Given)[]
            {
                ("--schedules", schedules is not null), ("--seed", seed is not null), ("--depth", depth is not null),
                ("--until", until is not null), ("--time-limit", timeLimit is not null), ("--workers", workers is not null),
                ("--witnesses", witnesses is not null), ("--witness-dir", witnessDir is not null),
            }.FirstOrDefault(o => o.Given);
            return stray.Name is null
                ? null
                : throw new ExploreUsageException($"{stray.Name} applies to sampled schedules: add --strategy random, pct or pos");
        }

        if (replaying)
        {
            throw new ExploreUsageException("--replay replays one schedule: leave out --strategy");
        }

        if (schedules is < 1)
        {
            throw new ExploreUsageException("--schedules must be at least 1");
        }

        if (depth is < 1)
        {
            throw new ExploreUsageException("--depth must be at least 1");
        }

        if (depth is not null && chosen != SamplingStrategy.Pct)
        {
            throw new ExploreUsageException("--depth applies to --strategy pct");
        }

        if (timeLimit is not null && !(timeLimit > 0))
        {
            throw new ExploreUsageException("--time-limit must be a positive number of seconds");
        }

        if (witnesses is < 0)
        {
            throw new ExploreUsageException("--witnesses must be 0 or more");
        }

        if (workers is < 1)
        {
            throw new ExploreUsageException("--workers must be at least 1");
        }

        var untilFirst = (until?.Trim() ?? "all") switch
        {
            "all" => false,
            "first" => true,
            var other => throw new ExploreUsageException($"--until: unknown value '{other}' (expected first or all)"),
        };
        return new SampleSettings(chosen, schedules ?? 100, seed ?? 1, depth ?? 3, untilFirst, parse.GetValue(d.Bound) is null, timeLimit,
            workers ?? Environment.ProcessorCount, witnessDir ?? new DirectoryInfo("racelab-witnesses"), witnesses ?? SamplingOptions.DefaultWitnesses);
    }
}
