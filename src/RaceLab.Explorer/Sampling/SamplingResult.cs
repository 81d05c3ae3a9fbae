namespace RaceLab.Explorer.Sampling;

/// <summary>What sampling found: per outcome, how often and a shrunk witness.</summary>
public sealed record SamplingResult
{
    public required SamplingOptions Options { get; init; }

    /// <summary>Schedules run (a prefix of schedule numbers: 0 .. SchedulesRun - 1).</summary>
    public required int SchedulesRun { get; init; }

    /// <summary>Stopped at the first bug (--until first).</summary>
    public required bool StoppedAtFirstBug { get; init; }

    /// <summary>Stopped by the caller (a time limit) before every schedule ran.</summary>
    public required bool Cancelled { get; init; }

    /// <summary>Instructions of the fair probe run that estimated the program's length (PCT's k).</summary>
    public required long EstimatedLength { get; init; }

    /// <summary>The most threads any schedule created (PCT's n).</summary>
    public required int Threads { get; init; }

    /// <summary>Instructions run by all sampled schedules together.</summary>
    public required long Instructions { get; init; }

    public required IReadOnlyList<SampledOutcome> Outcomes { get; init; }

    /// <summary>PCT's k: the steps of a run its change points are drawn over.</summary>
    public long PctSteps { get; init; }

    /// <summary>PCT's steps are those that may touch shared state (a short program, scheduled step by step), not instructions.</summary>
    public bool PctStepsVisible { get; init; }

    /// <summary>PCT's lower bound on finding a bug of depth d in one schedule: 1/(n k^(d-1)).</summary>
    public double PctGuarantee => 1.0 / (Threads * Math.Pow(Math.Max(1, PctSteps), Options.Depth - 1));

    public bool AnomalyFound => Outcomes.Any(o => o.Anomaly);
}
