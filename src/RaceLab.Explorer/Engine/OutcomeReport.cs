using System.Numerics;
using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Engine;

/// <summary>One reachable final state and how it is reached.</summary>
public sealed record OutcomeReport
{
    public required Outcome Outcome { get; init; }

    /// <summary>Exact number of schedules (interleavings) that end in this outcome.</summary>
    public required BigInteger Interleavings { get; init; }

    /// <summary>The fewest preemptions of any schedule reaching it; null when the search stopped first.</summary>
    public int? MinPreemptions { get; init; }

    /// <summary>Some serial execution (no preemption) produces it.</summary>
    public bool Serial => MinPreemptions == 0;

    /// <summary>No serial execution produces it (only known when every serial outcome was found).</summary>
    public bool Anomaly { get; init; }

    /// <summary>A schedule with the fewest preemptions, or null when the search stopped first.</summary>
    public Witness? Witness { get; init; }
}
