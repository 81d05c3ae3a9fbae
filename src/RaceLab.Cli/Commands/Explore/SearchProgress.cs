using System.Diagnostics;
using System.Globalization;
using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Sampling;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>
/// Prints an exhaustive search's progress by the clock: first after a few seconds, then every half minute.
/// The first line of a search that will not end soon says how long the probe's estimate would take at the
/// rate seen, and what to do instead, so nobody waits an hour on "0 outcomes so far".
/// </summary>
internal sealed class SearchProgress(IAnsiConsole console, Stopwatch clock, SizeEstimate size, int? bound)
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    /// <summary>Estimated times beyond this get the advice to stop.</summary>
    private const double PatienceSeconds = 600;

    private TimeSpan _next = First;
    private bool _advised;

    public void Report(ExplorationProgress progress)
    {
        var elapsed = clock.Elapsed;
        if (elapsed < _next)
        {
            return;
        }

        _next = elapsed + Every;
        var rate = progress.States / Math.Max(elapsed.TotalSeconds, 1e-9);
        console.MarkupLineInterpolated($"[grey]… {progress.Phase}: {progress.States:N0} states ({rate:N0} states/s), depth {progress.Depth}, {progress.OutcomesFound} outcomes so far[/]");
        if (_advised || progress.Phase != "states")
        {
            return;
        }

        _advised = true;
        var log10Seconds = size.Log10States - Math.Log10(Math.Max(rate, 1e-9));
        if (log10Seconds > Math.Log10(PatienceSeconds))
        {
            var states = size.Log10States.ToString("F0", CultureInfo.InvariantCulture);
            var smaller = bound is { } k ? $"a smaller --bound than {k}" : "--bound 2";
            console.MarkupLineInterpolated(
                $"[yellow]At this rate the estimated 10^{states} states take {Duration(log10Seconds)}. Stop it (Ctrl-C) and explore a bounded version ({smaller}), or sample schedules of the full program (--strategy pct, random or pos: evidence, not proof).[/]");
        }
    }

    /// <summary>A duration given as log10 of seconds, in the largest unit that keeps it readable.</summary>
    internal static string Duration(double log10Seconds)
    {
        var seconds = Math.Pow(10, Math.Min(log10Seconds, 300));
        return seconds switch
        {
            < 120 => $"about {seconds:N0} seconds",
            < 7_200 => $"about {seconds / 60:N0} minutes",
            < 172_800 => $"about {seconds / 3_600:N0} hours",
            < 3.2e7 * 2 => $"about {seconds / 86_400:N0} days",
            < 3.2e10 => $"about {seconds / 3.156e7:N0} years",
            _ => $"about 10^{(log10Seconds - Math.Log10(3.156e7)).ToString("F0", CultureInfo.InvariantCulture)} years",
        };
    }
}
