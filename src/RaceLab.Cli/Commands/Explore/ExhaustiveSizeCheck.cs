using System.Globalization;
using RaceLab.Explorer.Python;
using RaceLab.Explorer.Sampling;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>
/// Before an exhaustive search, a quick run of the program (<see cref="SizeProbe"/>) says whether it can end:
/// a program whose single run exceeds the cap, or whose estimated states are astronomical, is refused at
/// once with what the search can do instead (--bound K for a proof on a smaller version, --strategy for
/// evidence at full size), rather than searched for minutes with nothing to show (--max-states or
/// --max-memory asks for a partial search anyway). A finite but huge one runs, with a warning that it will
/// stop at its limits.
/// </summary>
internal static class ExhaustiveSizeCheck
{
    /// <summary>Instructions of the probe run; a few tens of milliseconds.</summary>
    public const long ProbeCap = 5_000_000;

    /// <summary>Searches estimated beyond 10^10 states are refused (40 million states take about 10 s and 1 GB).</summary>
    public const double MaxLog10States = 10;

    /// <summary>Null when the search looks feasible; a warning when it will stop at a limit; throws when it cannot end.</summary>
    /// <param name="size">The probe's estimate, for the progress report's time to go.</param>
    public static string? Check(ExploreSettings settings, PythonMachine machine, out SizeEstimate size)
    {
        size = SizeProbe.Measure(machine, ProbeCap);
        if (size.Ended && size.Log10States <= MaxLog10States)
        {
            return null;
        }

        var bounded = settings.Bound is { } k ? $"a smaller --bound than {k}" : "--bound 2 (every loop at most twice)";
        var instead = $"For a proof, explore a bounded version: {bounded}. For the program at full size, sample schedules: --strategy pct (or random, pos): evidence, not proof.";
        var states = size.Log10States.ToString("F0", CultureInfo.InvariantCulture);
        if (size.Ended)
        {
            // Finite: the search runs and stops at its limits with a partial result, as asked.
            return $"One run takes {size.Instructions:N0} instructions over {size.Threads} threads: interleaving them all is about 10^{states} states, far more than fit, so this search will stop at its limits with a partial result. {instead}";
        }

        if (settings.MaxStates is not null || settings.MaxMemory is not null)
        {
            return $"One run alone takes more than {ProbeCap:N0} instructions: the search can only explore part of it. {instead}";
        }

        throw new ExploreUsageException(
            $"{settings.Program}: too big to explore every interleaving on Python {settings.PythonLabel}: one run alone takes more than {ProbeCap:N0} instructions over {size.Threads}+ threads{(settings.Bound is null ? " (its loops run unbounded)" : string.Empty)}, and the search interleaves every switch point of every thread.\n" +
            $"For a proof, explore a bounded version: {bounded}.\n" +
            "For the program at full size, sample schedules: --strategy pct (or random, pos): evidence, not proof.\n" +
            "(--max-states N or --max-memory SIZE explores part of it anyway.)");
    }
}
