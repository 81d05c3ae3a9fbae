namespace RaceLab.Explorer.Engine;

/// <summary>What the minimal-preemption pass found: per outcome, its fewest preemptions and a schedule.</summary>
internal sealed class WitnessSearch
{
    /// <summary>
    /// Outcome signature → (fewest preemptions, canonical positions of the threads stepped, or the threads
    /// themselves when <see cref="Schedules"/>).
    /// </summary>
    public Dictionary<string, (int Preemptions, int[] Positions)> Found { get; } = new(StringComparer.Ordinal);

    /// <summary>The witnesses are schedules of real threads, not canonical positions.</summary>
    public bool Schedules { get; init; }

    public long States { get; set; }

    /// <summary>Every state reachable without preemption was explored.</summary>
    public bool SerialComplete { get; set; }
}
