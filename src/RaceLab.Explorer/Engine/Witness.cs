namespace RaceLab.Explorer.Engine;

/// <summary>A schedule that reaches an outcome, and what each of its steps executed.</summary>
/// <param name="Schedule">The thread that runs at each scheduling step; replays exactly.</param>
/// <param name="Preemptions">Switches away from a thread that could have continued.</param>
/// <param name="Events">The executed instructions, step by step.</param>
public sealed record Witness(IReadOnlyList<int> Schedule, int Preemptions, IReadOnlyList<WitnessEvent> Events);
