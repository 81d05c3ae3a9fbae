using RaceLab.Experiment.Environment;
using RaceLab.Experiment.Results;

namespace RaceLab.Experiment.Running;

/// <summary>Runs every selected strategy for the requested number of trials.</summary>
public static class ExperimentRunner
{
    /// <summary>Runs the experiment.</summary>
    /// <param name="options">Validated options (see <see cref="ExperimentOptions.Validate"/>).</param>
    /// <param name="onTrial">Called after each trial, e.g. to advance a progress display.</param>
    /// <param name="cancellationToken">Checked between trials.</param>
    public static ExperimentResult Run(
        ExperimentOptions options,
        Action<TrialProgress>? onTrial = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        var strategies = new List<StrategyResult>(options.Strategies.Count);
        foreach (var kind in options.Strategies)
        {
            var trials = new List<TrialResult>(options.Trials);
            for (var t = 0; t < options.Trials; t++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var trial = TrialRunner.Run(kind, options.Threads, options.Iterations, options.StartGate);
                trials.Add(trial);
                onTrial?.Invoke(new TrialProgress(kind, t + 1, options.Trials, trial));
            }

            strategies.Add(new StrategyResult(kind, options.Expected, trials));
        }

        return new ExperimentResult(options, EnvironmentInfo.Capture(), strategies);
    }
}
