namespace RaceLab.Explorer.Engine;

/// <summary>What the minimal-preemption pass found: per outcome, its fewest preemptions and a schedule.</summary>
internal sealed class WitnessSearch
{
    /// <summary>Outcome signature → (fewest preemptions, canonical positions of the threads stepped).</summary>
    public Dictionary<string, (int Preemptions, int[] Positions)> Found { get; } = new(StringComparer.Ordinal);

    public long States { get; set; }

    /// <summary>Every state reachable without preemption was explored.</summary>
    public bool SerialComplete { get; set; }
}
