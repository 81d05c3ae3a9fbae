using System.CommandLine;
using RaceLab.Check.Configuration;
using RaceLab.Cli.Infrastructure;

namespace RaceLab.Cli.Commands.Check;

/// <summary>The command line of one <c>racelab check</c>, merged with <c>[tool.racelab]</c> by <see cref="Resolve"/>.</summary>
internal sealed record CheckSettings(
    IReadOnlyList<string> Paths,
    string? Target,
    string Format,
    IReadOnlyList<string> Select,
    IReadOnlyList<string> Ignore,
    IReadOnlyList<string> Exclude,
    bool ExitZero)
{
    public static readonly string[] Formats = ["text", "json", "sarif", "github"];

    public static CheckSettings From(ParseResult parseResult, CheckDefinition definition) => new(
        parseResult.GetValue(definition.Paths) ?? [],
        parseResult.GetValue(definition.Target),
        (parseResult.GetValue(definition.Format) ?? "text").Trim().ToLowerInvariant(),
        parseResult.GetValue(definition.Select) ?? [],
        parseResult.GetValue(definition.Ignore) ?? [],
        parseResult.GetValue(definition.Exclude) ?? [],
        parseResult.GetValue(definition.ExitZero));

    /// <summary>The run to do: the command line over the nearest <c>[tool.racelab]</c> found from the first path.</summary>
    /// <exception cref="UsageException">An unknown format, target or rule code, or a broken pyproject.toml.</exception>
    public CheckRequest Resolve()
    {
        if (!Formats.Contains(Format))
        {
            throw new UsageException($"--format {Format}: unknown format; use {string.Join(", ", Formats)}");
        }

        try
        {
            var config = Paths.Count > 0 ? PyProject.Find(Paths[0]) : null;
            return CheckOptions.Resolve(Paths, Target, Select, Ignore, Exclude, config);
        }
        catch (ConfigurationException exception)
        {
            throw new UsageException(exception.Message);
        }
    }
}
