using System.CommandLine;
using RaceLab.Explorer.Python;
using RaceLab.Python;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>The validated options of one <c>racelab explore</c> invocation (or the usage error they make).</summary>
internal sealed record ExploreSettings(
    FileInfo Program,
    PythonVersion Version,
    bool FreeThreaded,
    int? Bound,
    Granularity Granularity,
    long? MaxStates,
    FileInfo? Replay,
    bool Json)
{
    /// <summary>Set when the options are invalid; the handler reports it with exit code 2.</summary>
    public string? Error { get; init; }

    /// <summary>--max-memory in bytes (null: the default, a share of the machine's memory).</summary>
    public long? MaxMemory { get; init; }

    /// <summary>Set for --strategy random|pct|pos; null for the exhaustive search.</summary>
    public SampleSettings? Sample { get; init; }

    /// <summary>--html: where to write the page of an exhaustive search.</summary>
    public FileInfo? Html { get; init; }

    public string PythonLabel => Version.Label() + (FreeThreaded ? "t" : string.Empty);

    public string GranularityLabel => Granularity == Granularity.Memory ? "memory" : "bytecode";

    public static ExploreSettings From(ParseResult parse, ExploreDefinition d)
    {
        var settings = new ExploreSettings(parse.GetValue(d.Program)!, PythonVersion.Py311, false, parse.GetValue(d.Bound),
            Granularity.Bytecode, parse.GetValue(d.MaxStates), parse.GetValue(d.Replay), parse.GetValue(d.Json));
        try
        {
            return settings.Validate(parse.GetValue(d.Python)!, parse.GetValue(d.Granularity)!) with
            {
                Sample = SampleOptions.From(parse, d, settings.Replay is not null),
                MaxMemory = parse.GetValue(d.MaxMemory) is { } memory ? MemoryBudgetOption.Parse(memory) : null,
                Html = parse.GetValue(d.Html),
            };
        }
        catch (ExploreUsageException e)
        {
            return settings with { Error = e.Message };
        }
    }

    private ExploreSettings Validate(string python, string granularity)
    {
        if (!Program.Exists)
        {
            throw new ExploreUsageException($"{Program}: no such file");
        }

        var freeThreaded = python.Trim() == "3.13t";
        if (!PythonVersions.TryParse(freeThreaded ? "3.13" : python.Trim(), out var parsed) || parsed is not { } version)
        {
            throw new ExploreUsageException($"--python: unknown version '{python}' (expected 3.9, 3.10, 3.11, 3.12, 3.13 or 3.13t)");
        }

        var mode = granularity.Trim() switch
        {
            "bytecode" => Granularity.Bytecode,
            "memory" => Granularity.Memory,
            _ => throw new ExploreUsageException($"--granularity: unknown value '{granularity}' (expected bytecode or memory)"),
        };
        if (Bound is < 1)
        {
            throw new ExploreUsageException("--bound must be at least 1");
        }

        if (MaxStates is < 1)
        {
            throw new ExploreUsageException("--max-states must be at least 1");
        }

        if (Replay is { Exists: false })
        {
            throw new ExploreUsageException($"--replay: {Replay}: no such file");
        }

        return this with { Version = version, FreeThreaded = freeThreaded, Granularity = mode };
    }
}
