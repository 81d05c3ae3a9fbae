using System.CommandLine;

namespace RaceLab.Cli.Commands.Sim;

/// <summary>The validated options of one <c>racelab sim</c> invocation.</summary>
internal sealed record SimSettings(
    FileInfo Program,
    IReadOnlyList<SimTarget> Targets,
    int Trials,
    ulong Seed,
    double? SwitchInterval,
    int Cores,
    bool Trace,
    bool Real,
    long MaxInstructions,
    bool Json,
    FileInfo? Html = null,
    FileInfo? Svg = null)
{
    /// <summary>A page or picture asks the simulator to record a timeline (slower: every load is traced).</summary>
    public bool RecordTimeline => Html is not null || Svg is not null;

    public static SimSettings From(ParseResult parse, SimDefinition d)
    {
        var program = parse.GetValue(d.Program)!;
        if (!program.Exists)
        {
            throw new SimUsageException($"{program.FullName}: no such file");
        }

        var trials = parse.GetValue(d.Trials);
        if (trials < 1)
        {
            throw new SimUsageException("--trials must be at least 1");
        }

        var interval = parse.GetValue(d.SwitchInterval);
        if (interval is <= 0 or double.NaN)
        {
            throw new SimUsageException("--switch-interval must be a positive number of seconds");
        }

        var cores = parse.GetValue(d.Cores);
        if (cores < 1)
        {
            throw new SimUsageException("--cores must be at least 1");
        }

        var max = parse.GetValue(d.MaxInstructions);
        if (max < 1)
        {
            throw new SimUsageException("--max-instructions must be at least 1");
        }

        return new SimSettings(program, SimTarget.Parse(parse.GetValue(d.Python)!), trials, parse.GetValue(d.Seed), interval, cores,
            parse.GetValue(d.Trace), parse.GetValue(d.Real), max, parse.GetValue(d.Json), parse.GetValue(d.Html), parse.GetValue(d.Svg));
    }
}
