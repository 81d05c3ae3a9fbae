using System.Diagnostics;
using RaceLab.Explorer.Python;
using RaceLab.Explorer.Sampling;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>
/// Runs <c>racelab explore --strategy random|pct|pos</c>: samples schedules, writes each witness as a
/// --replay file, reports. The wall clock is read here only (progress, --time-limit), never in the engine.
/// </summary>
internal static class ExploreSampling
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(2);

    public static int Execute(ExploreSettings settings, SampleSettings sample, PythonMachine machine, IAnsiConsole console)
    {
        if (settings.MaxStates is not null)
        {
            throw new ExploreUsageException("--max-states limits the exhaustive search: leave it out with --strategy " + sample.StrategyLabel);
        }

        using var limit = sample.TimeLimit is { } limitSeconds ? new CancellationTokenSource(TimeSpan.FromSeconds(limitSeconds)) : new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        var sampling = TimeSpan.Zero;
        Action<SamplingProgress> progress = p =>
            {
                if (p.Shrinking)
                {
                    sampling = clock.Elapsed;
                    return;
                }

                // Called under the sampler's lock: one line at a time.
                if (!settings.Json && clock.Elapsed - lastReport >= ProgressEvery)
                {
                    lastReport = clock.Elapsed;
                    console.MarkupLineInterpolated($"[grey]… {p.Schedules:N0}/{sample.Schedules:N0} schedules, {p.Outcomes} outcomes, {p.Failures:N0} failing so far[/]");
                }
            };
        SamplingResult result;
        try
        {
            result = new ScheduleSampler(machine, sample.ToOptions()).Sample(progress, limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            throw new ExploreUsageException($"--time-limit {sample.TimeLimit:G}: the limit came before the program's first (serial) run ended; one run takes longer than that");
        }

        var timing = new SamplingTiming(sampling.TotalSeconds, (clock.Elapsed - sampling).TotalSeconds);
        var files = WitnessFiles.Write(settings, sample, result);
        if (settings.Json)
        {
            SamplingJsonWriter.Write(console, settings, sample, result, timing, files);
        }
        else
        {
            SamplingReport.Write(console, settings, sample, result, timing, files);
        }

        return result.AnomalyFound ? ExitCodes.CheckFailed : ExitCodes.Ok;
    }
}
