using RaceLab.Cli.Infrastructure;
using RaceLab.Experiment.Results;
using RaceLab.Experiment.Running;
using RaceLab.Experiment.Strategies;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Run;

/// <summary>Runs the experiment and reports it as tables or as one JSON document.</summary>
internal static class RunHandler
{
    public static int Execute(RunSettings settings, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        var options = settings.ToExperimentOptions();
        var result = !settings.Json && console.Profile.Capabilities.Interactive
            ? RunWithProgress(options, console, cancellationToken)
            : ExperimentRunner.Run(options, cancellationToken: cancellationToken);

        if (settings.Json)
        {
            RunJsonWriter.Write(result, console.Profile.Out.Writer);
        }
        else
        {
            RunReport.Render(console, result);
        }

        if (settings.Html is { } html)
        {
            OutputFile.Write(console, html, RaceLab.Report.Run.RunPage.Html(result, RunJsonWriter.ToJson(result)), settings.Json);
        }

        return settings.Assert ? CheckAssertion(result, console, settings.Json) : ExitCodes.Ok;
    }

    /// <summary>The note's <c>assert count == 1000000*10, count</c>, applied to every selected strategy.</summary>
    internal static int CheckAssertion(ExperimentResult result, IAnsiConsole console, bool json)
    {
        var failed = result.Strategies.Where(s => s.LostUpdates).ToList();
        if (failed.Count == 0)
        {
            return ExitCodes.Ok;
        }

        // The JSON document already carries every final value; anything more would corrupt it.
        if (!json)
        {
            foreach (var strategy in failed)
            {
                var index = strategy.Trials.Select((trial, i) => (trial, i)).First(t => t.trial.Lost != 0).i;
                var final = strategy.Trials[index].Final;
                console.WriteLine($"AssertionError: {final}");
                console.MarkupLineInterpolated(
                    $"[grey]  ({strategy.Name}: trial {index + 1} ended at {final:N0}, expected {strategy.Expected:N0})[/]");
            }
        }

        return ExitCodes.CheckFailed;
    }

    private static ExperimentResult RunWithProgress(ExperimentOptions options, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ExperimentResult? result = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                // One bar per strategy, each started when its first trial starts so its clock means something.
                var tasks = options.Strategies.Select(kind =>
                    context.AddTask(StrategyCatalog.NameOf(kind), autoStart: false, maxValue: options.Trials)).ToList();
                tasks[0].StartTask();
                result = ExperimentRunner.Run(
                    options,
                    progress =>
                    {
                        var index = options.Strategies.ToList().IndexOf(progress.Strategy);
                        tasks[index].Increment(1);
                        if (progress.Trial == progress.Trials)
                        {
                            tasks[index].StopTask();
                            if (index + 1 < tasks.Count)
                            {
                                tasks[index + 1].StartTask();
                            }
                        }
                    },
                    cancellationToken);
            });
        return result ?? throw new InvalidOperationException("the progress display ended before the experiment");
    }
}
