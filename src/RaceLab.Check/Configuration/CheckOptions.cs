using RaceLab.Check.Discovery;
using RaceLab.Check.Targets;

namespace RaceLab.Check.Configuration;

/// <summary>
/// Merges the command line with <c>[tool.racelab]</c>: an option given on the command line replaces the
/// configuration's value of the same key, except <c>--exclude</c>, which adds to its exclude list.
/// </summary>
public static class CheckOptions
{
    /// <exception cref="ConfigurationException">A target, rule code or prefix that does not exist, or no path.</exception>
    public static CheckRequest Resolve(
        IReadOnlyList<string> paths,
        string? targets,
        IReadOnlyList<string> select,
        IReadOnlyList<string> ignore,
        IReadOnlyList<string> exclude,
        ProjectConfig? config)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
        {
            throw new ConfigurationException("no path given: racelab check PATH...");
        }

        var origin = config is null ? "" : $" (from {config.File})";
        var targetLabels = targets is not null ? [targets] : config?.Targets ?? ["all"];
        var (chosen, unknown) = TargetList.Parse(targetLabels);
        if (unknown is not null)
        {
            var where = targets is not null ? "--target" : "targets" + origin;
            throw new ConfigurationException(unknown.Length == 0
                ? $"{where}: no target given; use {TargetList.Accepted}"
                : $"{where}: unknown target '{unknown}'; use {TargetList.Accepted}");
        }

        var selection = new RuleSelection(
            RuleSelection.ParseCodes(select.Count > 0 ? select : config?.Select ?? ["ALL"]),
            RuleSelection.ParseCodes(ignore.Count > 0 ? ignore : config?.Ignore ?? []));
        if (selection.Select.Count == 0)
        {
            throw new ConfigurationException($"{(select.Count > 0 ? "--select" : "select" + origin)}: no rule code given; use codes such as RL101, prefixes such as RL1, or ALL");
        }

        if (selection.Unknown() is { } code)
        {
            throw new ConfigurationException($"no rule code starts with '{code}'{origin}; the codes are RL101-RL103, RL110, RL120, RL201 and RL202 (or ALL)");
        }

        var excludes = new ExcludeRules(exclude);
        if (config is not null && config.Exclude.Count > 0)
        {
            excludes.AddRooted(Path.GetDirectoryName(Path.GetFullPath(config.File)) ?? ".", config.Exclude);
        }

        return new CheckRequest(paths, chosen, selection, excludes);
    }
}
