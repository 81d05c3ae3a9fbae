using System.CommandLine;
using RaceLab.Cli.Commands.Sim;
using RaceLab.Cli.Infrastructure;

namespace RaceLab.Cli.Commands.Report;

/// <summary>The validated options of one <c>racelab report</c> invocation.</summary>
internal sealed record ReportSettings(FileInfo Program, FileInfo Output, IReadOnlyList<SimTarget> Targets, int Bound, int Trials, ulong Seed, int Cores, bool Real)
{
    public static ReportSettings From(ParseResult parse, ReportDefinition d)
    {
        var program = parse.GetValue(d.Program)!;
        if (!program.Exists)
        {
            throw new UsageException($"{program}: no such file");
        }

        var bound = parse.GetValue(d.Bound);
        var trials = parse.GetValue(d.Trials);
        var cores = parse.GetValue(d.Cores);
        if (bound < 1 || trials < 1 || cores < 1)
        {
            throw new UsageException("--bound, --trials and --cores must be at least 1");
        }

        IReadOnlyList<SimTarget> targets;
        try
        {
            targets = SimTarget.Parse(parse.GetValue(d.Python)!);
        }
        catch (SimUsageException e)
        {
            throw new UsageException(e.Message);
        }

        return new ReportSettings(program, parse.GetValue(d.Output)!, targets, bound, trials, parse.GetValue(d.Seed), cores, parse.GetValue(d.Real));
    }
}
