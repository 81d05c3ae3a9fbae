using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Sampling;

/// <summary>One distinct outcome of the sampled schedules.</summary>
public sealed record SampledOutcome
{
    public required Outcome Outcome { get; init; }

    /// <summary>Schedules that reached it.</summary>
    public required int Count { get; init; }

    /// <summary>95% Wilson interval of the share of schedules (of this strategy) that reach it.</summary>
    public required WilsonInterval Probability { get; init; }

    /// <summary>The first schedule (0-based, in schedule order) that reached it, and that schedule's seed.</summary>
    public required int FirstSchedule { get; init; }

    public required ulong FirstSeed { get; init; }

    /// <summary>The fewest preemptions of the sampled schedules reaching it (before shrinking).</summary>
    public required int FewestPreemptionsSampled { get; init; }

    /// <summary>A failed assertion (when assertions grade), an uncaught exception, a deadlock, or a run that did not end.</summary>
    public required bool Fails { get; init; }

    /// <summary>A schedule without a preemption reached it (a sampled one, or the serial probe run).</summary>
    public required bool Serial { get; init; }

    /// <summary>It fails, or no serial schedule sampled reaches it.</summary>
    public bool Anomaly => Fails || !Serial;

    /// <summary>The first schedule shrunk, or null (not an anomaly, or beyond the witnesses kept).</summary>
    public SampledWitness? Witness { get; init; }

    /// <summary>Why there is no witness, when there is none for an anomaly.</summary>
    public string? WitnessNote { get; init; }
}
