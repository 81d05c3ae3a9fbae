using RaceLab.Experiment.Strategies;

namespace RaceLab.Experiment.Results;

/// <summary>Every trial of one strategy and their summary.</summary>
public sealed class StrategyResult
{
    /// <summary>Summarises the trials of <paramref name="kind"/>.</summary>
    public StrategyResult(StrategyKind kind, long expected, IReadOnlyList<TrialResult> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        if (trials.Count == 0)
        {
            throw new ArgumentException("a strategy result needs at least one trial", nameof(trials));
        }

        Kind = kind;
        Expected = expected;
        Trials = trials;
        Min = trials.Min(t => t.Final);
        Max = trials.Max(t => t.Final);
        Median = Statistics.Median(trials.Select(t => t.Final));
        MedianLost = Statistics.Median(trials.Select(t => t.Lost));
        MedianNsPerIncrement = Statistics.Median(trials.Select(t => t.NsPerIncrement));
        MedianOverlap = Statistics.Median(trials.Select(t => t.Overlap));
        ExactTrials = trials.Count(t => t.Lost == 0);
    }

    /// <summary>The strategy.</summary>
    public StrategyKind Kind { get; }

    /// <summary>The strategy's command-line name.</summary>
    public string Name => StrategyCatalog.NameOf(Kind);

    /// <summary>threads × iterations.</summary>
    public long Expected { get; }

    /// <summary>Each trial, in the order run.</summary>
    public IReadOnlyList<TrialResult> Trials { get; }

    /// <summary>The smallest final value.</summary>
    public long Min { get; }

    /// <summary>The median final value.</summary>
    public double Median { get; }

    /// <summary>The largest final value.</summary>
    public long Max { get; }

    /// <summary>The median number of lost updates.</summary>
    public double MedianLost { get; }

    /// <summary>The median cost of one increment, in nanoseconds (wall time / total increments).</summary>
    public double MedianNsPerIncrement { get; }

    /// <summary>The median share of a trial during which at least two threads ran.</summary>
    public double MedianOverlap { get; }

    /// <summary>Trials that ended with exactly the expected value.</summary>
    public int ExactTrials { get; }

    /// <summary>True when at least one trial lost an update.</summary>
    public bool LostUpdates => ExactTrials < Trials.Count;

    /// <summary>The first trial that lost updates, if any: the value the note's assertion would print.</summary>
    public TrialResult? FirstLosingTrial => Trials.FirstOrDefault(t => t.Lost != 0);
}
