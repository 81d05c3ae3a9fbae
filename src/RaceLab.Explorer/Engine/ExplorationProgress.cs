namespace RaceLab.Explorer.Engine;

/// <summary>A progress report from a long search (no clock inside: the caller times it if it wants).</summary>
/// <param name="Phase">"states" while counting interleavings, "witnesses" while finding minimal schedules.</param>
/// <param name="States">Distinct states so far in this phase.</param>
/// <param name="Depth">Steps from the start of the deepest level reached.</param>
/// <param name="OutcomesFound">Final states seen so far (distinct outcomes).</param>
public sealed record ExplorationProgress(string Phase, long States, int Depth, int OutcomesFound);
