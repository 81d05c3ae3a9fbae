using RaceLab.Experiment.Environment;
using RaceLab.Experiment.Running;
using RaceLab.Experiment.Strategies;

namespace RaceLab.Experiment.Results;

/// <summary>Everything one run of the experiment measured.</summary>
/// <param name="Options">What was run.</param>
/// <param name="Environment">The machine and runtime it ran on.</param>
/// <param name="Strategies">One result per strategy, in the order run.</param>
public sealed record ExperimentResult(
    ExperimentOptions Options,
    EnvironmentInfo Environment,
    IReadOnlyList<StrategyResult> Strategies)
{
    /// <summary>threads × iterations.</summary>
    public long Expected => Options.Expected;

    /// <summary>The result of <paramref name="kind"/>, if it was run.</summary>
    public StrategyResult? Find(StrategyKind kind) => Strategies.FirstOrDefault(s => s.Kind == kind);

    /// <summary>Trials, over all strategies, in which the threads never ran at the same time.</summary>
    public int TrialsWithoutOverlap => Strategies.Sum(s => s.Trials.Count(t => t.Overlap <= 0));
}
