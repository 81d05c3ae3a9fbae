using System.Numerics;

namespace RaceLab.Explorer.Engine;

/// <summary>What an exploration found.</summary>
public sealed record ExplorationResult
{
    /// <summary>Every state was explored: the outcomes and counts are a proof over the whole space.</summary>
    public required bool Complete { get; init; }

    /// <summary>The search stopped at the memory budget (--max-memory) rather than at --max-states.</summary>
    public bool StoppedByMemory { get; init; }

    /// <summary>Distinct states (up to thread symmetry) visited while counting.</summary>
    public required long States { get; init; }

    /// <summary>Transitions taken while counting (steps, counting symmetric threads once).</summary>
    public required long Transitions { get; init; }

    /// <summary>(state, last thread) pairs visited while finding minimal witnesses.</summary>
    public required long WitnessStates { get; init; }

    /// <summary>The longest schedule, in steps.</summary>
    public required int MaxDepth { get; init; }

    /// <summary>Every serial outcome is known (the minimal-preemption search got past zero preemptions).</summary>
    public required bool SerialOutcomesKnown { get; init; }

    public required IReadOnlyList<OutcomeReport> Outcomes { get; init; }

    /// <summary>
    /// States were kept as vectors of interned parts: the number of steps the machine ran to learn what the
    /// parts do (null when whole states were searched).
    /// </summary>
    public long? LearnedSteps { get; init; }

    public BigInteger TotalInterleavings => Outcomes.Aggregate(BigInteger.Zero, (sum, o) => sum + o.Interleavings);

    /// <summary>Some reachable outcome is one no serial execution produces.</summary>
    public bool AnomalyReachable => Outcomes.Any(o => o.Anomaly);
}
