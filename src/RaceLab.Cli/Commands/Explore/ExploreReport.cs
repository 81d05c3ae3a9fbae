using System.Globalization;
using RaceLab.Cli.Infrastructure;
using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Machines;
using RaceLab.Explorer.Replay;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>The human report: the outcome table, a witness table per outcome, and the verdict.</summary>
internal static class ExploreReport
{
    public static void WriteProgress(IAnsiConsole console, ExplorationProgress progress) =>
        console.MarkupLineInterpolated($"[grey]… {progress.Phase}: {progress.States:N0} states, depth {progress.Depth}, {progress.OutcomesFound} outcomes so far[/]");

    public static void Write(IAnsiConsole console, ExploreSettings settings, ExplorationResult result, double seconds, long memoryBudget)
    {
        console.MarkupLineInterpolated($"[bold]racelab explore[/] {Arguments(settings)}");
        // The status word is markup of our own; the interpolated values are escaped by MarkupLineInterpolated.
        console.Markup(result.Complete ? "Complete" : "[yellow]Partial[/]");
        console.MarkupLineInterpolated(
            $": {result.States:N0} states, {result.TotalInterleavings:N0} interleavings, {result.Outcomes.Count} outcomes, {seconds:F2} s ({result.States / Math.Max(seconds, 1e-9):N0} states/s)");
        if (result.LearnedSteps is { } learned)
        {
            // Worth knowing when reading the speed: most steps reused what the VM did once.
            console.MarkupLineInterpolated($"[grey]States kept as parts (shared + one per thread); the VM ran {learned:N0} steps to learn what they do.[/]");
        }

        console.WriteLine();

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "#", "globals", "output", "assertion", "interleavings", "fewest preemptions", "grade" })
        {
            table.AddColumn(column);
        }

        for (var i = 0; i < result.Outcomes.Count; i++)
        {
            var o = result.Outcomes[i];
            table.AddRow(
                ProgramText.Cell((i + 1).ToString(CultureInfo.InvariantCulture)),
                ProgramText.Cell(o.Outcome.DescribeGlobalsShort()),
                ProgramText.Cell(string.Join("\n", o.Outcome.Output.Select(line => Tail(line, OutputWidth)))),
                ProgramText.Cell(Assertion(o.Outcome)),
                ProgramText.Cell(o.Interleavings.ToString("N0", CultureInfo.InvariantCulture)),
                ProgramText.Cell(o.MinPreemptions?.ToString(CultureInfo.InvariantCulture) ?? "?"),
                new Markup(Grade(o, result.SerialOutcomesKnown)));
        }

        console.Write(table);
        if (result.Outcomes.Any(o => o.Witness is not null))
        {
            console.WriteLine();
            console.MarkupLine($"[grey]In the witnesses below, more than {WitnessRows.LongestShownRun} instructions in a row that touch nothing shared are folded into one row; --json lists every instruction.[/]");
        }

        for (var i = 0; i < result.Outcomes.Count; i++)
        {
            if (result.Outcomes[i].Witness is { } witness)
            {
                console.WriteLine();
                ProgramText.Line(console, $"[bold]Witness for outcome {i + 1}[/] ",
                    $"({result.Outcomes[i].Outcome.DescribeGlobalsShort()}): {Preemptions(witness.Preemptions)}; schedule: {ScheduleText(witness.Schedule)}");
                WriteWitness(console, witness);
            }
        }

        console.WriteLine();
        WriteVerdict(console, settings, result, memoryBudget);
    }

    /// <summary>
    /// A witness's schedule, one thread number a step; past <see cref="PlainScheduleSteps"/> steps as runs
    /// (<c>0×481 1×6 0×3</c>): a pool program's witness printed 2,000 numbers (the replay file keeps each step).
    /// </summary>
    internal static string ScheduleText(IReadOnlyList<int> schedule)
    {
        if (schedule.Count <= PlainScheduleSteps)
        {
            return string.Join(' ', schedule);
        }

        var runs = new List<string>();
        for (var i = 0; i < schedule.Count;)
        {
            var end = i;
            while (end < schedule.Count && schedule[end] == schedule[i])
            {
                end++;
            }

            runs.Add(end - i == 1 ? $"{schedule[i]}" : $"{schedule[i]}×{end - i}");
            i = end;
        }

        return string.Join(' ', runs);
    }

    private const int PlainScheduleSteps = 40;

    /// <summary>The command as run, for the report's first line.</summary>
    private static string Arguments(ExploreSettings settings) =>
        $"{settings.Program} --python {settings.PythonLabel} --granularity {settings.GranularityLabel}{(settings.Bound is { } bound ? $" --bound {bound}" : string.Empty)}";

    private static string Grade(OutcomeReport outcome, bool serialOutcomesKnown) =>
        outcome.Outcome.Kind is OutcomeKind.Uncaught or OutcomeKind.Deadlock ? "[red]FAILS[/]"
        : outcome.Anomaly ? "[red]ANOMALY[/]" : outcome.Serial ? "serial" : serialOutcomesKnown ? "ok" : "?";

    // Printed lines usually end in the value that matters ("... is 2"): keep their tail so the table fits 80 columns.
    internal const int OutputWidth = 18;

    internal static string Tail(string line, int width) =>
        line.Length <= width ? line : "…" + line[^(width - 1)..];

    public static void WriteReplay(IAnsiConsole console, ExploreSettings settings, ReplayResult replay)
    {
        console.MarkupLineInterpolated($"[bold]racelab explore[/] {Arguments(settings)} --replay {settings.Replay}");
        ProgramText.Line(console, string.Empty, $"Outcome: {replay.Outcome.DescribeGlobals()}; assertion: {Assertion(replay.Outcome)}; {Preemptions(replay.Witness.Preemptions)}");
        foreach (var line in replay.Outcome.Output)
        {
            ProgramText.Line(console, string.Empty, "  output: " + line);
        }

        WriteWitness(console, replay.Witness);
    }

    internal static void WriteWitness(IAnsiConsole console, Witness witness)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "step", "thread", "instruction", "line", "read / written" })
        {
            table.AddColumn(column);
        }

        foreach (var row in WitnessRows.Condense(witness.Events))
        {
            table.AddRow(
                ProgramText.Cell(row.Step.ToString(CultureInfo.InvariantCulture)),
                ProgramText.Cell(ThreadName(row.Thread)),
                ProgramText.Cell(row.Instruction),
                ProgramText.Cell(row.Lines),
                ProgramText.Cell(row.Access));
        }

        console.Write(table);
    }

    private static void WriteVerdict(IAnsiConsole console, ExploreSettings settings, ExplorationResult result, long memoryBudget)
    {
        var scope = settings.Bound is { } bound ? $" with every loop bounded to {bound} iterations" : string.Empty;
        if (result.StoppedByMemory)
        {
            console.MarkupLineInterpolated($"[yellow]Partial result:[/] stopped at the memory budget ({MemoryBudgetOption.Describe(memoryBudget)}, --max-memory) after {result.States:N0} states; the outcomes and counts above are what the explored part reaches, not a proof. A smaller --bound makes the search fit; --strategy pct samples the program at full size.");
        }
        else if (!result.Complete)
        {
            console.MarkupLineInterpolated($"[yellow]Partial result:[/] stopped at --max-states {settings.MaxStates:N0}; the outcomes and counts above are what the explored part reaches, not a proof.");
        }
        else if (result.AnomalyReachable)
        {
            var failures = result.Outcomes.Count(o => o.Outcome.Kind is OutcomeKind.Uncaught or OutcomeKind.Deadlock);
            var unserial = result.Outcomes.Count(o => o.Anomaly) - failures;
            var parts = new List<string>();
            if (failures > 0)
            {
                parts.Add($"{failures} reachable failure(s) (a thread's uncaught exception, or a deadlock)");
            }

            if (unserial > 0)
            {
                parts.Add($"{unserial} reachable outcome(s) that no serial execution produces");
            }

            console.MarkupLineInterpolated($"[red]Anomaly:[/] {string.Join("; ", parts)}, on Python {settings.PythonLabel}{scope}. Each witness above is a schedule that produces it (replay it with --replay).");
        }
        else
        {
            console.MarkupLineInterpolated($"[green]No anomaly is reachable:[/] all {result.TotalInterleavings:N0} interleavings under Python {settings.PythonLabel}'s scheduling points{scope} end in an outcome some serial execution produces (proof over the whole explored space of {result.States:N0} states).");
        }

        if (settings.Bound is not null && result.Outcomes.Any(o => o.Outcome.AssertionFailed))
        {
            console.MarkupLine("[grey]With --bound the program's assertions are reported but do not grade: bounded loops change what the program expects.[/]");
        }
    }

    internal static string Assertion(Outcome outcome) =>
        outcome.Error is { } error ? error : outcome.AssertionFailed ? "failed: " + outcome.AssertionMessage : "ok";

    internal static string ThreadName(int thread) => thread == 0 ? "main" : "T" + thread.ToString(CultureInfo.InvariantCulture);

    internal static string Preemptions(int count) => count == 1 ? "1 preemption" : $"{count:N0} preemptions";
}
