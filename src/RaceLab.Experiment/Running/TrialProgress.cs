using RaceLab.Experiment.Results;
using RaceLab.Experiment.Strategies;

namespace RaceLab.Experiment.Running;

/// <summary>One finished trial, reported while the experiment is still running.</summary>
/// <param name="Strategy">The strategy of the trial.</param>
/// <param name="Trial">1-based trial number.</param>
/// <param name="Trials">Trials of this strategy in total.</param>
/// <param name="Result">What the trial measured.</param>
public sealed record TrialProgress(StrategyKind Strategy, int Trial, int Trials, TrialResult Result);
