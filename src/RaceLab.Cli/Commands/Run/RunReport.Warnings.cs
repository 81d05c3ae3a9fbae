using RaceLab.Experiment.Results;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Run;

internal static partial class RunReport
{
    /// <summary>Says when this run could not show the race, so "no update lost" is not read as "safe".</summary>
    private static void RenderWarnings(IAnsiConsole console, ExperimentResult result)
    {
        foreach (var warning in Warnings(result))
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] {warning}");
        }
    }

    internal static IEnumerable<string> Warnings(ExperimentResult result)
    {
        var options = result.Options;
        if (result.Environment.LogicalCores < 2)
        {
            yield return "this process has only one logical core: threads take turns and never run at the same instant, " +
                "so an update is lost only when the OS preempts a thread inside its load-add-store window; rare, but not impossible.";
        }

        if (options.Threads < 2)
        {
            yield return "one thread cannot race with itself: run with --threads 2 or more to see lost updates.";
        }

        var trials = result.Strategies.Sum(s => s.Trials.Count);
        var withoutOverlap = result.TrialsWithoutOverlap;
        if (options.Threads >= 2 && withoutOverlap > 0)
        {
            yield return $"in {withoutOverlap} of {trials} trial(s) the threads never overlapped (each finished before the next started); " +
                "those trials could not show a race. More --iterations make the loops long enough to overlap.";
        }

        if (!options.StartGate)
        {
            var overlap = Statistics.Median(result.Strategies.SelectMany(s => s.Trials).Select(t => t.Overlap));
            yield return $"--no-barrier starts the threads one after another, as the note's program did. On .NET a thread can run " +
                $"much of its loop before the next one starts (median overlap here {overlap:P0}), which hides the race most of the time; " +
                "without --no-barrier a start gate releases them together.";
        }
    }
}
