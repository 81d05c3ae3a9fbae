using RaceLab.Cli.Infrastructure;
using RaceLab.Report.Sim;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Sim;

/// <summary>Writes <c>--html</c> and <c>--svg</c>: the runs' GIL timelines as a page and as a picture.</summary>
internal static class SimPictures
{
    public static void Write(IAnsiConsole console, SimSettings settings, IReadOnlyList<SimRun> runs)
    {
        var views = runs.Select(r => new SimRunView(RunLabel(r, settings.Trials), r.Result)).ToArray();
        if (settings.Html is { } html)
        {
            OutputFile.Write(console, html, SimPage.Html(settings.Program.Name, views), settings.Json);
        }

        if (settings.Svg is { } svg)
        {
            OutputFile.Write(console, svg, SimPage.Svg(views), settings.Json);
        }
    }

    public static string RunLabel(SimRun run, int trials) =>
        trials > 1 ? $"Python {run.Target.Label}, trial {run.Trial} (seed {run.Result.Seed})" : $"Python {run.Target.Label} (seed {run.Result.Seed})";
}
