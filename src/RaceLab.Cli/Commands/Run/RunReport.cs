using RaceLab.Experiment.Results;
using RaceLab.Experiment.Strategies;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Run;

/// <summary>The human report of <c>racelab run</c>: the note's sentences, a table, charts, the environment, warnings.</summary>
internal static partial class RunReport
{
    public static void Render(IAnsiConsole console, ExperimentResult result)
    {
        var options = result.Options;
        console.MarkupLineInterpolated(
            $"[bold]racelab run[/]: {options.Threads:N0} threads × {options.Iterations:N0} increments = {result.Expected:N0} expected, {options.Trials} trial(s) per strategy, {(options.StartGate ? "threads released together by a start gate" : "threads started one after another (--no-barrier)")}.");
        if (options.Uses64BitCounters)
        {
            console.MarkupLineInterpolated(
                $"[blue]note:[/] {result.Expected:N0} does not fit a 32-bit int, so every strategy counts in a 64-bit long (its Increment64 loop).");
        }

        console.WriteLine();
        RenderSentences(console, result);
        RenderTable(console, result);
        RenderCharts(console, result);
        RenderEnvironment(console, result);
        RenderWarnings(console, result);
        RenderVerdict(console, result);
    }

    /// <summary>The note's output line, once per trial of the unsafe strategy.</summary>
    private static void RenderSentences(IAnsiConsole console, ExperimentResult result)
    {
        if (result.Find(StrategyKind.Unsafe) is not { } unsafeResult)
        {
            return;
        }

        foreach (var trial in unsafeResult.Trials)
        {
            console.WriteLine(
                $"Value of count incremented {result.Options.Iterations} times by {result.Options.Threads} threads is {trial.Final}");
        }

        console.WriteLine();
    }

    private static void RenderTable(IAnsiConsole console, ExperimentResult result)
    {
        // Two narrow tables rather than one wide one, so both fit an 80-column terminal.
        var outcome = new Table()
            .Title($"Final value of the counter, expected {result.Expected:N0}")
            .AddColumn("strategy")
            .AddColumn(new TableColumn("min").RightAligned())
            .AddColumn(new TableColumn("median").RightAligned())
            .AddColumn(new TableColumn("max").RightAligned())
            .AddColumn(new TableColumn("median lost").RightAligned());
        foreach (var strategy in result.Strategies)
        {
            var style = strategy.LostUpdates ? "red" : "green";
            outcome.AddRow(
                new Text(strategy.Name),
                new Text($"{strategy.Min:N0}"),
                new Text(FormatMedian(strategy.Median)),
                new Text($"{strategy.Max:N0}"),
                new Markup($"[{style}]{Markup.Escape(FormatMedian(strategy.MedianLost))} ({strategy.MedianLost / strategy.Expected:P1})[/]"));
        }

        console.Write(outcome);
        console.WriteLine();

        var interlocked = result.Find(StrategyKind.Interlocked);
        var cost = new Table()
            .Title("What each strategy costs (median over trials)")
            .AddColumn("strategy")
            .AddColumn(new TableColumn("ns per increment").RightAligned())
            .AddColumn(new TableColumn("M increments/s").RightAligned())
            .AddColumn(new TableColumn("vs interlocked").RightAligned())
            .AddColumn(new TableColumn("overlap").RightAligned());
        foreach (var strategy in result.Strategies)
        {
            cost.AddRow(
                strategy.Name,
                $"{strategy.MedianNsPerIncrement:F2}",
                $"{1e3 / strategy.MedianNsPerIncrement:N0}",
                RelativeThroughput(strategy, interlocked),
                $"{strategy.MedianOverlap:P0}");
        }

        cost.Caption("overlap: share of the run during which at least two threads were running");
        console.Write(cost);
        console.WriteLine();
    }

    private static string RelativeThroughput(StrategyResult strategy, StrategyResult? interlocked) =>
        interlocked is null ? "n/a" : $"{interlocked.MedianNsPerIncrement / strategy.MedianNsPerIncrement:F2}×";

    private static string FormatMedian(double value) =>
        value == Math.Floor(value) ? $"{value:N0}" : $"{value:N1}";

    private static void RenderVerdict(IAnsiConsole console, ExperimentResult result)
    {
        foreach (var strategy in result.Strategies)
        {
            var losing = strategy.Trials.Count - strategy.ExactTrials;
            if (strategy.LostUpdates)
            {
                console.MarkupLineInterpolated(
                    $"[red]✗ {strategy.Name}[/]: lost updates in {losing} of {strategy.Trials.Count} trial(s), up to {strategy.Expected - strategy.Min:N0} of {strategy.Expected:N0}.");
            }
            else if (StrategyCatalog.IsSafe(strategy.Kind))
            {
                console.MarkupLineInterpolated(
                    $"[green]✓ {strategy.Name}[/]: exactly {strategy.Expected:N0} in every trial ({StrategyCatalog.SummaryOf(strategy.Kind)}).");
            }
            else
            {
                console.MarkupLineInterpolated(
                    $"[yellow]! {strategy.Name}[/]: no update lost in {strategy.Trials.Count} trial(s) this time, but {StrategyCatalog.SummaryOf(strategy.Kind)} is not atomic: another thread can run between its read and its write.");
            }
        }
    }
}
