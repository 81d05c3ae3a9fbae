using System.Globalization;
using RaceLab.Cli.Infrastructure;
using RaceLab.Explorer.Sampling;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>The human report of sampled schedules: outcomes with counts and intervals, witnesses, an honest verdict.</summary>
internal static class SamplingReport
{
    public static void Write(IAnsiConsole console, ExploreSettings settings, SampleSettings sample, SamplingResult result, SamplingTiming timing, IReadOnlyDictionary<SampledOutcome, string> files)
    {
        var bound = settings.Bound is { } k ? $" --bound {k}" : string.Empty;
        var depth = sample.Strategy == SamplingStrategy.Pct ? $" --depth {sample.Depth}" : string.Empty;
        console.MarkupLineInterpolated(
            $"[bold]racelab explore[/] {settings.Program} --python {settings.PythonLabel} --granularity {settings.GranularityLabel}{bound} --strategy {sample.StrategyLabel}{depth} --schedules {sample.Schedules} --seed {sample.Seed}");
        var seconds = Math.Max(timing.Sampling, 1e-9);
        console.MarkupLineInterpolated(
            $"Sampled {result.SchedulesRun:N0} schedules in {timing.Sampling:F2} s ({result.SchedulesRun / seconds:N1} schedules/s, {result.Instructions / seconds / 1e6:N0} M instructions/s); {result.Threads} threads, about {result.EstimatedLength:N0} instructions a run; witnesses shrunk and replayed in {timing.Shrinking:F2} s.");
        WriteStop(console, sample, result);
        if (sample.Strategy == SamplingStrategy.Pct)
        {
            console.MarkupLineInterpolated(
                $"[grey]PCT's guarantee: each schedule finds a given bug of depth ≤ {sample.Depth} with probability at least 1/(n·k^(d−1)) = {result.PctGuarantee:G3} (n = {result.Threads} threads, k = {result.PctSteps:N0} {(result.PctStepsVisible ? "steps that may touch shared state with another thread able to run" : "instructions, the steps of a run this long")}, d = {sample.Depth}); most bugs are found far more often than that.[/]");
        }

        console.WriteLine();
        WriteTable(console, result);
        WriteWitnesses(console, result, files);
        console.WriteLine();
        WriteVerdict(console, settings, sample, result);
    }

    private static void WriteStop(IAnsiConsole console, SampleSettings sample, SamplingResult result)
    {
        if (result.StoppedAtFirstBug)
        {
            console.MarkupLineInterpolated($"[grey]Stopped at the first failing schedule (--until first): schedule {result.SchedulesRun - 1}.[/]");
        }
        else if (result.Cancelled)
        {
            var counted = result.SchedulesRun == 0 ? "none finished" : $"the schedules counted are numbers 0 to {result.SchedulesRun - 1}";
            console.MarkupLineInterpolated($"[yellow]Time limit:[/] stopped after {sample.TimeLimit:G} s with {result.SchedulesRun:N0} of {sample.Schedules:N0} schedules finished ({counted}).");
        }
    }

    private static void WriteTable(IAnsiConsole console, SamplingResult result)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "#", "globals", "output", "assertion", "schedules", "share (95% CI)", "first", "preemptions", "grade" })
        {
            table.AddColumn(column);
        }

        for (var i = 0; i < result.Outcomes.Count; i++)
        {
            var o = result.Outcomes[i];
            table.AddRow(
                ProgramText.Cell((i + 1).ToString(CultureInfo.InvariantCulture)),
                ProgramText.Cell(o.Outcome.DescribeGlobalsShort()),
                ProgramText.Cell(string.Join("\n", o.Outcome.Output.Select(line => ExploreReport.Tail(line, ExploreReport.OutputWidth)))),
                ProgramText.Cell(ExploreReport.Assertion(o.Outcome)),
                ProgramText.Cell(o.Count.ToString("N0", CultureInfo.InvariantCulture)),
                ProgramText.Cell(Share(o, result.SchedulesRun)),
                ProgramText.Cell("#" + o.FirstSchedule.ToString(CultureInfo.InvariantCulture)),
                ProgramText.Cell(o.Witness is { } w ? $"{w.PreemptionsBeforeShrinking} → {w.Witness.Preemptions}" : o.FewestPreemptionsSampled.ToString(CultureInfo.InvariantCulture)),
                new Markup(o.Fails ? "[red]FAILS[/]" : o.Serial ? "serial" : "[yellow]no serial run[/]"));
        }

        console.Write(table);
        console.MarkupLine("[grey]share: the schedules reaching the outcome, with a 95% Wilson interval for this strategy's chance of reaching it; preemptions: the fewest among the sampled schedules, or the first schedule's before → after shrinking.[/]");
    }

    private static string Share(SampledOutcome o, int schedules) =>
        string.Create(CultureInfo.InvariantCulture, $"{100.0 * o.Count / Math.Max(1, schedules):0.#}% ({100 * o.Probability.Low:0.#}–{100 * o.Probability.High:0.#}%)");

    private static void WriteWitnesses(IAnsiConsole console, SamplingResult result, IReadOnlyDictionary<SampledOutcome, string> files)
    {
        if (result.Outcomes.Any(o => o.Witness is not null))
        {
            console.WriteLine();
            console.MarkupLine($"[grey]Each witness is the first schedule reaching the outcome, shrunk to fewer preemptions and replayed. A step is a segment: a thread runs to the switch point where the schedule leaves it; the first and last {SegmentReplayer.ShownPerEnd} instructions of each are shown.[/]");
        }

        for (var i = 0; i < result.Outcomes.Count; i++)
        {
            var o = result.Outcomes[i];
            if (o.Witness is { } witness)
            {
                console.WriteLine();
                var shrink = witness.ShrinkComplete ? string.Empty : " (shrinking stopped at its replay budget)";
                ProgramText.Line(console, $"[bold]Witness for outcome {i + 1}[/] ",
                    $"({o.Outcome.DescribeGlobalsShort()}): schedule #{o.FirstSchedule} (seed {o.FirstSeed}), {ExploreReport.Preemptions(witness.PreemptionsBeforeShrinking)} shrunk to {ExploreReport.Preemptions(witness.Witness.Preemptions)} in {witness.ShrinkReplays} replays{shrink}; replay file: {files.GetValueOrDefault(o, "-")}");
                ExploreReport.WriteWitness(console, witness.Witness);
            }
            else if (o.WitnessNote is { } note)
            {
                console.WriteLine();
                console.MarkupLineInterpolated($"[grey]No witness for outcome {i + 1}: {note}.[/]");
            }
        }
    }

    private static void WriteVerdict(IAnsiConsole console, ExploreSettings settings, SampleSettings sample, SamplingResult result)
    {
        var failing = result.Outcomes.Where(o => o.Fails).Sum(o => o.Count);
        var unexplained = result.Outcomes.Count(o => !o.Fails && !o.Serial);
        if (failing > 0)
        {
            console.MarkupLineInterpolated($"[red]Found:[/] {failing:N0} of {result.SchedulesRun:N0} schedules fail on Python {settings.PythonLabel} ({result.Outcomes.Count(o => o.Fails)} failing outcome(s)). Each witness above replays to its outcome (--replay FILE).");
        }

        if (unexplained > 0)
        {
            console.MarkupLineInterpolated($"[yellow]Possible anomaly:[/] {unexplained} outcome(s) that no sampled serial schedule reached; a serial order not sampled may still produce them.");
        }

        if (!result.AnomalyFound)
        {
            console.MarkupLineInterpolated($"[green]No anomaly in {result.SchedulesRun:N0} schedules — not a proof.[/]");
        }

        if (!sample.AssertionsGrade && result.Outcomes.Any(o => o.Outcome.AssertionFailed))
        {
            console.MarkupLine("[grey]With --bound the program's assertions are reported but do not grade: bounded loops change what the program expects.[/]");
        }

        // Why sampling is only evidence, said every time: a clean run is the case users over-trust.
        console.MarkupLineInterpolated(
            $"[grey]Sampled schedules switch threads only where Python {settings.PythonLabel} can ({(settings.GranularityLabel == "memory" ? "before any load or store of shared state" : "its check points")}), so what they show can happen; but {result.SchedulesRun:N0} schedules are a sliver of the interleavings a run of about {result.EstimatedLength:N0} instructions allows, and an outcome they never reach may still be reachable. For a proof, search every interleaving of a bounded version: --bound K without --strategy; `racelab dis --switch-points` shows whether a switch point falls inside a read-modify-write window.[/]");
    }
}
