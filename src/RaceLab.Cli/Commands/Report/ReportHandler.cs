using RaceLab.Cli.Commands.Explore;
using RaceLab.Cli.Commands.Sim;
using RaceLab.Cli.Infrastructure;
using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Python;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using RaceLab.Report.Explore;
using RaceLab.Report.Sim;
using RaceLab.Report.Story;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Report;

/// <summary>
/// Runs <c>racelab report</c>: the other commands' work for every version (check's windows, dis with the switch
/// points, a simulated run with its timeline, an exhaustive exploration at a small bound, the real interpreters),
/// then one page. Prints the page's answer too, and exits 1 when some version loses updates, as sim does.
/// </summary>
internal static class ReportHandler
{
    public static int Execute(ReportSettings settings, IAnsiConsole console, Func<string, string, PythonVersion, CodeObject> compile)
    {
        var path = settings.Program.ToString();
        console.MarkupLineInterpolated($"[grey]racelab report {path}: finding the windows, simulating and exploring {string.Join(", ", settings.Targets.Select(t => t.Label))} ...[/]");
        var findings = ReportChecks.Findings(settings);
        var disassembly = settings.Targets.Where(t => !t.FreeThreaded).Select(t => t.Version).Distinct()
            .Select(v => (v.Label(), CapturedConsole.Run("dis", path, "--python", v.Label(), "--switch-points").Text.TrimEnd()))
            .ToArray();
        var sims = Simulate(settings, compile);
        var versions = settings.Targets.Select(target => new VersionStory(
            target.Label,
            sims.Where(r => r.Target == target).Select(r => new SimRunView(SimPictures.RunLabel(r, settings.Trials), r.Result)).ToArray(),
            Explore(settings, target, compile))).ToArray();
        var real = settings.Real
            ? RealInterpreters.RunAll(settings.Targets, settings.Program.FullName)
                .Select(r => new RealInterpreterRun(r.Python, r.Interpreter, r.Output.Count > 0 ? r.Output[^1] : null, r.ExitCode, r.Seconds, r.Problem)).ToArray()
            : [];
        var model = new ReportModel
        {
            Program = settings.Program.Name,
            Source = File.ReadAllText(settings.Program.FullName),
            Findings = findings,
            Versions = versions,
            Disassembly = disassembly,
            Real = real,
            Bound = settings.Bound,
        };
        OutputFile.Write(console, settings.Output, ReportPage.Html(model), quiet: false);
        foreach (var version in versions)
        {
            var loses = Answers.Loses(version, findings);
            console.MarkupLineInterpolated($"Python {version.Python}: {(loses ? "loses updates" : "does not lose updates")}.");
        }

        return versions.Any(v => Answers.Loses(v, findings)) ? ExitCodes.CheckFailed : ExitCodes.Ok;
    }

    private static IReadOnlyList<SimRun> Simulate(ReportSettings settings, Func<string, string, PythonVersion, CodeObject> compile)
    {
        var sim = new SimSettings(settings.Program, settings.Targets, settings.Trials, settings.Seed, null, settings.Cores, Trace: false, Real: false,
            MaxInstructions: 2_000_000_000L, Json: false, Html: settings.Output);
        try
        {
            return SimHandler.Simulate(sim, compile);
        }
        catch (SimUsageException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static ExploreView? Explore(ReportSettings settings, SimTarget target, Func<string, string, PythonVersion, CodeObject> compile)
    {
        var explore = new ExploreSettings(settings.Program, target.Version, target.FreeThreaded, settings.Bound, Granularity.Bytecode, MaxStates: 2_000_000, Replay: null, Json: false);
        try
        {
            var machine = ExploreHandler.BuildMachine(explore, compile);
            var (memory, _) = MemoryBudgetOption.Default();
            var result = Exploration.Explore(machine, new ExplorationOptions { MaxStates = explore.MaxStates, MaxMemoryBytes = memory });
            return new ExploreView(settings.Program.Name, target.Label, settings.Bound, "bytecode", result);
        }
        catch (Exception e) when (e is ExploreUsageException or EndlessLoopException)
        {
            // A program the explorer cannot count (it may run forever) still gets the rest of its report.
            return null;
        }
    }
}
