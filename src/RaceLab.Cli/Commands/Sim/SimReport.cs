using System.Globalization;
using RaceLab.Cli.Infrastructure;
using RaceLab.Python.Vm.Simulation;
using RaceLab.Python.Vm.Threading;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Sim;

/// <summary>The human-readable report: each run's output and numbers, then a summary across trials and versions.</summary>
internal static partial class SimReport
{
    public static void Write(IAnsiConsole console, SimSettings settings, IReadOnlyList<SimRun> runs, IReadOnlyList<RealRun> real)
    {
        var output = PlainOutput.For(console);
        var interval = settings.SwitchInterval is { } s ? $"switch interval {Ms(s)}" : "default switch interval (5 ms)";
        output.PrefixedTextLine("[bold]racelab sim[/] ", $"{settings.Program.Name}: {settings.Trials} trial(s) per version from seed {settings.Seed}, {interval}");
        foreach (var run in runs)
        {
            WriteRun(console, output, run, settings.Trace);
        }

        WriteSummary(output, runs);
        if (real.Count > 0)
        {
            WriteReal(console, runs, real);
        }
    }

    private static void WriteRun(IAnsiConsole console, PlainOutput output, SimRun run, bool trace)
    {
        var r = run.Result;
        output.WriteLine();
        output.MarkupLine($"[bold]CPython {run.Target.Label}[/] (model) · trial {run.Trial} · seed {r.Seed}");
        // In the order the program wrote them: a thread's traceback among the lines printed around it.
        foreach (var line in r.Transcript)
        {
            output.PrefixedTextLine(line.IsError ? "  [red]│[/] " : "  [grey]│[/] ", line.Text);
        }

        if (r.AssertionFailed)
        {
            output.MarkupLine("  [red]assertion failed[/] (exit code 1)");
        }
        else if (r.UncaughtException is { } uncaught)
        {
            output.PrefixedTextLine("  ", "uncaught " + uncaught + " (exit code 1)", new Style(Color.Red));
        }

        if (r.Stop != SimulationStop.Completed && r.StopMessage is { } stop)
        {
            foreach (var line in stop.Split('\n'))
            {
                output.PrefixedTextLine("  ", line, new Style(Color.Yellow));
            }
        }

        output.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"  simulated {r.SimulatedSeconds:F3} s · {r.GilSwitches:N0} GIL switches · {r.LostUpdateEvents:N0} lost-update events erasing {r.UpdatesLost:N0} updates · {r.Instructions:N0} instructions"));
        if (trace)
        {
            WriteStories(console, r);
        }
    }

    private static void WriteSummary(PlainOutput output, IReadOnlyList<SimRun> runs)
    {
        output.WriteLine();
        var rows = new List<string[]>();
        foreach (var group in runs.GroupBy(r => r.Target))
        {
            var finals = group.Select(r => r.Final).Where(f => f is not null).Select(f => f!.Value).Order().ToArray();
            rows.Add(
            [
                group.Key.Label,
                group.Count().ToString(CultureInfo.InvariantCulture),
                $"{group.Count(r => r.Result.AssertionFailed)}/{group.Count()}",
                finals.Length > 0 ? N(finals[finals.Length / 2]) : "-",
                finals.Length > 0 ? N(finals[0]) : "-",
                finals.Length > 0 ? N(finals[^1]) : "-",
                Median(group.Select(r => r.Result.SimulatedSeconds)).ToString("F3", CultureInfo.InvariantCulture),
                N((long)Median(group.Select(r => (double)r.Result.LostUpdateEvents))),
                N((long)Median(group.Select(r => (double)r.Result.UpdatesLost))),
            ]);
        }

        output.Table("Summary", ["Python", "trials", "assert failed", "final median", "min", "max", "sim s median", "lost events", "updates lost"], rows);
    }

    private static void WriteReal(IAnsiConsole console, IReadOnlyList<SimRun> runs, IReadOnlyList<RealRun> real)
    {
        var table = new Table().Title("Real CPython beside the model").AddColumns("Python", "interpreter", "real final", "exit", "real s", "model final", "model s");
        foreach (var run in real)
        {
            var model = runs.Where(r => r.Target.Label == run.Python).ToArray();
            var finals = model.Select(r => r.Final).Where(f => f is not null).Select(f => f!.Value).Order().ToArray();
            var realFinal = new SimRun(model[0].Target, 0, EmptyResult(run)).Final;
            table.AddRow(
                Markup.Escape(run.Python),
                Markup.Escape(run.Problem ?? run.Interpreter ?? "-"),
                realFinal is { } f ? N(f) : "-",
                run.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "-",
                run.Seconds?.ToString("F3", CultureInfo.InvariantCulture) ?? "-",
                finals.Length > 0 ? N(finals[finals.Length / 2]) : "-",
                Median(model.Select(r => r.Result.SimulatedSeconds)).ToString("F3", CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }

    private static SimulationResult EmptyResult(RealRun real) => new()
    {
        Python = real.Python,
        Seed = 0,
        Output = real.Output,
        ErrorOutput = [],
        Transcript = [.. real.Output.Select(line => new OutputLine(false, line))],
        ExitCode = real.ExitCode ?? 0,
        AssertionFailed = false,
        Globals = new Dictionary<string, System.Numerics.BigInteger>(),
        SimulatedSeconds = 0,
        GilSwitches = 0,
        LostUpdateEvents = 0,
        UpdatesLost = 0,
        Instructions = 0,
        Stop = SimulationStop.Completed,
        Threads = [],
        Stories = [],
    };

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ms(double seconds) => (seconds * 1000).ToString("0.###", CultureInfo.InvariantCulture) + " ms";
}
